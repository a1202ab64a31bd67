// Convenience entry: set plain runs at a measure with one call (tests, copyfit, previews).

import type { FontSet } from './font-metrics';
import { paragraphStyle } from './paragraph-style';
import { prepareText, textStyle } from './prepare-text';
import { setParagraph } from './set-paragraph';
import type { ParagraphStyle, SetLine, TextRun, TypesetSettings } from './types';
import { DEFAULT_SETTINGS } from './types';

export interface SetTextOptions {
  measure: number;
  style?: ParagraphStyle;
  settings?: Partial<TypesetSettings>;
  fromOffset?: number;
}

export function setText(
  runs: TextRun[] | string,
  fonts: FontSet,
  options: SetTextOptions,
): { lines: SetLine[]; missing: string[] } {
  const settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const style = paragraphStyle(options.style ?? 'body', settings);
  const input = typeof runs === 'string' ? [{ text: runs }] : runs;
  const prepared = prepareText(input, textStyle(style, settings), fonts);
  const lines = setParagraph(
    prepared,
    {
      measure: options.measure,
      indent: style.indentEm * style.size,
      justify: style.justify,
      align: style.align,
    },
    options.fromOffset ?? 0,
  );
  return { lines, missing: prepared.missing };
}
