// The UI's CJK faces: the WOFF2 slices of @fontsource (loaded as the text on screen needs
// them) with the engine's TTF (font-registry.ts) behind them for whatever the slices leave
// out. Same fonts, same advances (ui-font-faces.test.ts), so the board paints in the faces
// the engine measured. Read at build time by scripts/vite-ui-fonts.ts.

import { realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, sep } from 'node:path';
import * as fontkit from 'fontkit';
import { declaredRanges, uiFontCss } from '../../shared/fonts/subset-css';
import { type CodeRanges, mergeRanges, uncovered } from '../../shared/fonts/unicode-ranges';
import type { FontKey } from '../../shared/typeset/font-metrics';
import { fontPath, registeredFont } from './font-registry';

export interface UiFontFace {
  key: FontKey;
  /** The package's stylesheet of this weight's slices. */
  css: string;
}

export const UI_FONT_FACES: readonly UiFontFace[] = [
  { key: 'sans-400', css: '@fontsource/noto-sans-sc/400.css' },
  { key: 'sans-700', css: '@fontsource/noto-sans-sc/700.css' },
  { key: 'serif-400', css: '@fontsource/noto-serif-sc/400.css' },
  { key: 'serif-700', css: '@fontsource/noto-serif-sc/700.css' },
];

/**
 * Code points a slice's unicode-range names but the slice has no glyph for, while the TTF
 * has one (⁂ ⁇ ⁈ ⁑, in all four faces): the rest face gives them too. The test proves the list.
 */
export const NAMED_BUT_NOT_SLICED: readonly number[] = [0x2042, 0x2047, 0x2048, 0x2051];

const resolveModule = (specifier: string) =>
  realpathSync(createRequire(import.meta.url).resolve(specifier));

export function uiFontCssPath(face: UiFontFace): string {
  return resolveModule(face.css);
}

/** The TTF's code points that no slice gives, as ranges. */
export function restRanges(ttfCodePoints: readonly number[], sliceCss: string): CodeRanges {
  const inTtf = new Set(ttfCodePoints);
  const named = NAMED_BUT_NOT_SLICED.filter((cp) => inTtf.has(cp));
  const rest = uncovered(ttfCodePoints, declaredRanges(sliceCss));
  return mergeRanges([...rest, ...named.map((cp): [number, number] => [cp, cp])]);
}

export function ttfCodePoints(key: FontKey): number[] {
  const font = fontkit.openSync(realpathSync(fontPath(registeredFont(key))));
  if (!('characterSet' in font)) throw new Error(`${key}: font collections are not supported`);
  return font.characterSet;
}

/** The stylesheet the renderer loads for one face, its URLs relative to `cssPath`. */
export function uiFontCssFor(face: UiFontFace, sliceCss: string, cssPath: string): string {
  const file = registeredFont(face.key);
  const ttf = realpathSync(fontPath(file));
  const url = relative(dirname(cssPath), ttf).split(sep).join('/');
  return uiFontCss(sliceCss, {
    family: file.family,
    weight: file.weight,
    url,
    ranges: restRanges(ttfCodePoints(face.key), sliceCss),
  });
}
