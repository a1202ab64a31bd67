// Natural width of one line of text at 100 pt, kept in the session: headline sizes and the
// layout's estimates scale it (advances and clreq spacing are all in em) instead of
// setting the text again at every size and module width.

import {
  type FontFamilyKind,
  type FontSet,
  prepareText,
  setParagraph,
  type TypesetSession,
  type TypesetSettings,
  textSettingsKey,
  textStyle,
  typesetSession,
} from '../typeset';

export function naturalWidth100(
  text: string,
  family: FontFamilyKind,
  bold: boolean,
  s: TypesetSettings,
  fonts: FontSet,
  session?: TypesetSession,
): number {
  const widths = typesetSession(fonts, session).naturalWidths;
  const key = `${family}${bold ? 7 : 4}|${textSettingsKey(s)}|${text}`;
  let width = widths.get(key);
  if (width === undefined) {
    const p = prepareText([{ text }], textStyle({ family, bold, size: 100 }, s), fonts);
    const lines = setParagraph(p, { measure: 1e9, indent: 0, justify: false, align: 'left' });
    width = lines[0]?.width ?? 0;
    widths.set(key, width);
  }
  return width;
}
