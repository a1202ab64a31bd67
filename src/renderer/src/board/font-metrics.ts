import type { LayoutLine } from '../../../shared/contract/domains/layout';

type FontKey = LayoutLine['spans'][number]['font'];

/**
 * hhea ascender / descender (per 1000 units) of the bundled Noto faces, the same numbers
 * the engine's fontkit metrics read (main/fonts): render-lines centres the glyphs in the
 * band from these, so the board must use them too to put each baseline where it was set.
 */
const VERTICAL: Record<FontKey, { ascent: number; descent: number }> = {
  'serif-400': { ascent: 1151, descent: 286 },
  'serif-700': { ascent: 1151, descent: 286 },
  'sans-400': { ascent: 1160, descent: 288 },
  'sans-700': { ascent: 1160, descent: 288 },
};

export const FAMILY: Record<FontKey, string> = {
  'serif-400': 'Noto Serif SC',
  'serif-700': 'Noto Serif SC',
  'sans-400': 'Noto Sans SC',
  'sans-700': 'Noto Sans SC',
};

export function fontWeight(font: FontKey): 400 | 700 {
  return font.endsWith('700') ? 700 : 400;
}

/** Top and height of a line's band, in pt, exactly as render-lines' renderLine works them out. */
export function lineBand(line: LayoutLine, leading: number): { top: number; band: number } {
  const font = line.spans[0]?.font ?? 'serif-400';
  const v = VERTICAL[font];
  const ascent = (v.ascent / 1000) * line.size;
  const descent = (v.descent / 1000) * line.size;
  const band = Math.max(leading, line.size);
  return { top: line.baseline - (band - ascent - descent) / 2 - ascent, band };
}
