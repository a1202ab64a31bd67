// The UI's CJK faces, as WOFF2 slices by unicode-range: the browser fetches only the slices
// of the characters on screen (a few hundred KB, not the 50 MB of TTFs). The build rewrites
// these stylesheets (scripts/vite-ui-fonts.ts): display block, the engine's TTF for the rest.
// Only the sans faces of the first screen here; the serif ones come with the screens that
// set text (text-fonts.ts, lazy-screens.ts): every @font-face rule costs style time at start.
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
