// The headline stack (kicker, headline, subhead, byline) set by the same engine at its own
// sizes across the frame, each part rounded up to whole grid lines.

import { baselineInBand, rowsFor } from './baseline-grid';
import type { FontSet } from './font-metrics';
import { headlineStyle } from './paragraph-style';
import { prepareText } from './prepare-text';
import { setParagraph } from './set-paragraph';
import type { HeadlinePart, HeadlineStack, PlacedLine, TypesetSettings } from './types';

const PART_ORDER: HeadlinePart[] = ['kicker', 'headline', 'subhead', 'byline'];

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
  for (const part of PART_ORDER) {
    const text = stack[part];
    if (!text) continue;
    const style = headlineStyle(part, settings);
    const prepared = prepareText(
      [{ text }],
      { ...style, kinsoku: settings.kinsoku, hanLatinSpaceEm: settings.hanLatinSpaceEm },
      fonts,
    );
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
