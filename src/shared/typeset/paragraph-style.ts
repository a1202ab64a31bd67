// How each kind of text is set: face, size, indent, justification.

import type { FontFamilyKind } from './font-metrics';
import type { HeadlinePart, ParagraphStyle, TypesetSettings } from './types';

export interface ResolvedStyle {
  family: FontFamilyKind;
  bold: boolean;
  size: number;
  /** First-line indent in em. */
  indentEm: number;
  /** Block indent on both sides in em (quotes). */
  sideIndentEm: number;
  justify: boolean;
  align: 'left' | 'center';
  /** Running text: a Latin paragraph may hyphenate and is broken by total fit. */
  running: boolean;
}

export function paragraphStyle(style: ParagraphStyle, s: TypesetSettings): ResolvedStyle {
  switch (style) {
    case 'crosshead':
      return {
        family: 'sans',
        bold: true,
        size: s.crossheadSize,
        indentEm: 0,
        sideIndentEm: 0,
        justify: false,
        align: 'left',
        running: false,
      };
    case 'caption':
      return {
        family: 'sans',
        bold: false,
        size: s.captionSize,
        indentEm: 0,
        sideIndentEm: 0,
        justify: true,
        align: 'left',
        running: true,
      };
    case 'pullquote':
      // Twice the body size in the text face, bold, two grid lines a line: display type on
      // the body's grid, told apart from the headlines' sans.
      return {
        family: 'serif',
        bold: true,
        size: s.bodySize * 2,
        indentEm: 0,
        sideIndentEm: 0,
        justify: false,
        align: 'center',
        running: false,
      };
    case 'quote':
      return {
        family: 'serif',
        bold: false,
        size: s.bodySize,
        indentEm: s.indentEm,
        sideIndentEm: 2,
        justify: true,
        align: 'left',
        running: true,
      };
    default:
      return {
        family: 'serif',
        bold: false,
        size: s.bodySize,
        indentEm: s.indentEm,
        sideIndentEm: 0,
        justify: true,
        align: 'left',
        running: true,
      };
  }
}

export function headlineStyle(part: HeadlinePart, s: TypesetSettings): ResolvedStyle {
  return {
    family: part === 'byline' ? 'serif' : 'sans',
    bold: part === 'headline',
    size: s.headlineSizes[part],
    indentEm: 0,
    sideIndentEm: 0,
    justify: false,
    align: s.headlineAlign,
    running: false,
  };
}
