// The serif faces of body text and headlines (the editor, the board, search snippets), as
// WOFF2 slices like the UI's (ui-fonts.ts); the board paints in them: the slices' advances
// are the engine's TTFs' (src/main/fonts/ui-font-faces.test.ts). Loaded as its own chunk.
import '@fontsource/noto-serif-sc/400.css';
import '@fontsource/noto-serif-sc/700.css';
