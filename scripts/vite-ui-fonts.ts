import { realpathSync } from 'node:fs';
import type { Plugin } from 'vite';
import { UI_FONT_FACES, uiFontCssFor, uiFontCssPath } from '../src/main/fonts/ui-font-faces';

/**
 * Rewrites the @fontsource stylesheets the renderer imports (fonts/ui-fonts.ts) into the UI's
 * (src/main/fonts/ui-font-faces.ts): WOFF2 slices only, display block, the TTF for the rest.
 */
export function uiFonts(): Plugin {
  const faces = new Map(UI_FONT_FACES.map((face) => [uiFontCssPath(face), face]));
  return {
    name: 'newsdesk:ui-fonts',
    enforce: 'pre',
    transform(code, id) {
      const path = id.split('?')[0] ?? id;
      const face = faces.get(path) ?? faces.get(safeRealpath(path));
      if (!face) return null;
      return { code: uiFontCssFor(face, code, path), map: null };
    },
  };
}

function safeRealpath(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
