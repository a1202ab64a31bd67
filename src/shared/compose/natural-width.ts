// Natural width of one line of text at 100 pt, kept per font set: headline sizes and the
// layout's estimates scale it (advances and clreq spacing are all in em) instead of
// setting the text again at every size and module width.

import {
  type FontFamilyKind,
  type FontSet,
  prepareText,
  setParagraph,
  type TypesetSettings,
  textStyle,
} from '../typeset';

const widths = new WeakMap<FontSet, Map<string, number>>();
const MAX_ENTRIES = 4096;

export function naturalWidth100(
  text: string,
  family: FontFamilyKind,
  bold: boolean,
  s: TypesetSettings,
  fonts: FontSet,
): number {
  let map = widths.get(fonts);
  if (!map) {
    map = new Map();
    widths.set(fonts, map);
  }
  const key = `${family}${bold ? 7 : 4}${s.kinsoku}${s.hanLatinSpaceEm}${s.latinFace ? 'L' : ''}|${text}`;
  let width = map.get(key);
  if (width === undefined) {
    const p = prepareText([{ text }], textStyle({ family, bold, size: 100 }, s), fonts);
    const lines = setParagraph(p, { measure: 1e9, indent: 0, justify: false, align: 'left' });
    width = lines[0]?.width ?? 0;
    if (map.size >= MAX_ENTRIES) map.clear();
    map.set(key, width);
  }
  return width;
}
