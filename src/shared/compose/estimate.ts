// How many grid lines a story part needs at a module width, without flowing it for real:
// modules are whole columns, so the body sets at one measure (the column) whatever the
// module's width; its line count in one column is counted once (the engine's cheap overset
// count), and only the headline stack depends on the width.

import {
  type BreakToken,
  type FontFamilyKind,
  type FontSet,
  flowFrame,
  type HeadlinePart,
  type HeadlineStack,
  type PreparedText,
  type Story,
  type StoryBlock,
  type TypesetSettings,
} from '../typeset';
import { type BodyGrid, spanWidth } from './geometry';
import { continuedSettings, stackSettings } from './headline-sizes';
import { naturalWidth100 } from './natural-width';
import type { Priority } from './types';

export interface PartNeed {
  /** Grid lines of the body set in one column. */
  bodyRows: number;
  /** Grid lines above the body (headline stack and gap, or jump line and repeated head). */
  headRows(cols: number): number;
}

export function estimateNeed(
  story: Story,
  priority: Priority,
  token: BreakToken | null,
  headlineSize: number | undefined,
  grid: BodyGrid,
  settings: TypesetSettings,
  fonts: FontSet,
  cache: Map<StoryBlock, PreparedText>,
): PartNeed {
  // A frame of no height: the engine counts the rest without setting glyphs.
  const frame = { columns: 1, columnWidth: grid.columnWidth, gutter: grid.gutter, heightLines: 0 };
  const r = flowFrame({ blocks: story.blocks }, frame, settings, fonts, token, { cache });
  const bodyRows = r.linesOver + r.photos.reduce((n, p) => n + p.rows, 0);
  const heads = new Map<number, number>();
  const headRows = (cols: number): number => {
    let rows = heads.get(cols);
    if (rows !== undefined) return rows;
    const width = spanWidth(grid, cols);
    const s = stackSettings(story.headline, priority, width, settings, fonts);
    if (token === null) {
      rows = story.headline ? stackRows(story.headline, s, width, fonts) + s.headlineGapLines : 0;
    } else {
      const headline = story.headline?.headline;
      const repeat = headline
        ? stackRows({ headline }, continuedSettings(width, s, headlineSize), width, fonts) +
          s.headlineGapLines
        : 0;
      rows = 1 + repeat; // the (上接…) line
    }
    heads.set(cols, rows);
    return rows;
  };
  return { bodyRows, headRows };
}

const FACES: Record<HeadlinePart, [FontFamilyKind, boolean]> = {
  kicker: ['sans', false],
  headline: ['sans', true],
  subhead: ['sans', false],
  byline: ['serif', false],
};

/** Grid lines of a headline stack from natural widths (the engine's rounding per part). */
function stackRows(
  stack: HeadlineStack,
  s: TypesetSettings,
  width: number,
  fonts: FontSet,
): number {
  let rows = 0;
  for (const part of ['kicker', 'headline', 'subhead', 'byline'] as const) {
    const text = stack[part];
    if (!text) continue;
    const [family, bold] = FACES[part];
    const size = s.headlineSizes[part];
    const natural = (naturalWidth100(text, family, bold, s, fonts) * size) / 100;
    const lines = Math.max(1, Math.ceil(natural / width - 1e-9));
    const partLeading = Math.max(size * s.headlineLeadingRatio, s.leading);
    rows += Math.max(1, Math.ceil((lines * partLeading) / s.leading - 1e-9));
  }
  return rows;
}
