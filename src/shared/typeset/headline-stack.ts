// The headline stack (kicker, headline, subhead, byline) set by the same engine at its own
// sizes across the frame, each part rounded up to whole grid lines.

import { baselineInBand, rowsFor } from './baseline-grid';
import type { FontSet } from './font-metrics';
import { headlineStyle } from './paragraph-style';
import { prepareText, textStyle } from './prepare-text';
import type { TypesetSession } from './session';
import { setParagraph } from './set-paragraph';
import { HEADLINE_PARTS, type HeadlineStack, type PlacedLine, type TypesetSettings } from './types';

export interface SetHeadline {
  lines: PlacedLine[];
  rows: number;
  missing: string[];
}

export function setHeadlineStack(
  stack: HeadlineStack,
  width: number,
  settings: TypesetSettings,
  fonts: FontSet,
): SetHeadline {
  const lines: PlacedLine[] = [];
  const missing: string[] = [];
  let row = 0;
  for (const part of HEADLINE_PARTS) {
    const text = stack[part];
    if (!text) continue;
    const own = headlineStyle(part, settings);
    const style = part === 'headline' && stack.regular ? { ...own, bold: false } : own;
    const prepared = prepareText([{ text }], textStyle(style, settings), fonts);
    missing.push(...prepared.missing);
    const set = setParagraph(prepared, {
      measure: width,
      indent: 0,
      justify: false,
      align: style.align,
    });
    const partLeading = Math.max(style.size * settings.headlineLeadingRatio, settings.leading);
    const rows = rowsFor(set.length * partLeading, settings.leading);
    // Centre the part's lines in its whole grid lines.
    const top = row * settings.leading + (rows * settings.leading - set.length * partLeading) / 2;
    set.forEach((line, i) => {
      const bandTop = top + i * partLeading;
      lines.push({
        block: -1,
        kind: part,
        column: 0,
        row: row + Math.floor((bandTop - row * settings.leading) / settings.leading),
        x: 0,
        baseline: baselineInBand(bandTop, partLeading, style.size),
        line,
      });
    });
    row += rows;
  }
  return { lines, rows: row, missing };
}

/**
 * Grid lines of a headline stack as `setHeadlineStack` sets it at `width`, kept in the
 * session when there is one: auto-layout's search asks for each width many times.
 */
export function headlineStackRows(
  stack: HeadlineStack,
  width: number,
  s: TypesetSettings,
  fonts: FontSet,
  session?: TypesetSession,
): number {
  if (!session || session.fonts !== fonts) return setHeadlineStack(stack, width, s, fonts).rows;
  // By identity first (the search passes the same stack and settings objects, which like
  // all the engine's input are values), then by content.
  let bySettings = session.stackRowsSeen.get(stack);
  if (!bySettings) {
    bySettings = new WeakMap();
    session.stackRowsSeen.set(stack, bySettings);
  }
  let byWidth = bySettings.get(s);
  if (!byWidth) {
    byWidth = new Map();
    bySettings.set(s, byWidth);
  }
  const seen = byWidth.get(width);
  if (seen !== undefined) return seen;
  const key = stackRowsKey(stack, width, s);
  let rows = session.stackRows.get(key);
  if (rows === undefined) {
    rows = setHeadlineStack(stack, width, s, fonts).rows;
    session.stackRows.set(key, rows);
  }
  byWidth.set(width, rows);
  return rows;
}

/** Everything the stack's line breaks read: the width exactly, the sizes, the text. */
function stackRowsKey(stack: HeadlineStack, width: number, s: TypesetSettings): string {
  const h = s.headlineSizes;
  const l = s.latin;
  return [
    width,
    s.leading,
    s.headlineLeadingRatio,
    s.kinsoku,
    s.hanLatinSpaceEm,
    s.latinFace,
    l.hyphenation,
    l.wordSpaceMin,
    l.wordSpaceMax,
    l.letterSpacingEm,
    h.kicker,
    h.headline,
    h.subhead,
    h.byline,
    stack.kicker ?? '',
    stack.headline,
    stack.regular ? 'regular' : '',
    stack.subhead ?? '',
    stack.byline ?? '',
  ].join('|');
}
