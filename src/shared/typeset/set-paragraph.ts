// A paragraph (or what is left of it after a break token) set into lines of one measure.

import { breakLines, type LineRange } from './line-breaker';
import { indexAtOffset, type PreparedText } from './prepare-text';
import type { TypesetSession } from './session';
import { setLine } from './set-line';
import type { SetLine } from './types';

export interface ParagraphSetting {
  measure: number;
  /** First-line indent in pt (only when the paragraph starts at its beginning). */
  indent: number;
  justify: boolean;
  align: 'left' | 'center';
}

/**
 * The lines `setParagraph` sets, as code point ranges, without setting them: what the column
 * flow measures with. Shared with the session's memo, so callers must not change them.
 */
export function paragraphLines(
  p: PreparedText,
  s: Pick<ParagraphSetting, 'measure' | 'indent'>,
  fromOffset = 0,
  session?: TypesetSession,
): readonly LineRange[] {
  const from = fromOffset === 0 ? 0 : indexAtOffset(p, fromOffset);
  const indent = from === 0 ? Math.min(s.indent, s.measure) : 0;
  const opening = s.measure - Math.min(s.indent, s.measure);
  return breakLines(p, from, s.measure - indent, s.measure, opening, session);
}

/** Sets the paragraph from UTF-16 offset `fromOffset` (0 = its beginning). */
export function setParagraph(
  p: PreparedText,
  s: ParagraphSetting,
  fromOffset = 0,
  session?: TypesetSession,
): SetLine[] {
  const from = fromOffset === 0 ? 0 : indexAtOffset(p, fromOffset);
  const indent = from === 0 ? Math.min(s.indent, s.measure) : 0;
  const ranges = paragraphLines(p, s, fromOffset, session);
  return ranges.map((r, i) => {
    const first = r.start === 0;
    const last = i === ranges.length - 1;
    return setLine(p, r.start, r.end, {
      measure: first ? s.measure - indent : s.measure,
      indent: first ? indent : 0,
      justify: s.justify && !last,
      align: s.align,
      firstOfParagraph: first,
      lastOfParagraph: last,
      forced: r.forced,
      hyphen: r.hyphen,
    });
  });
}
