// What a night editor checks on a composed page before sending it: modules tile the body
// (no overlap, no hole), legs deep enough, no strips, how much of the text area is empty.
// Read from the composed page alone, so tests and preflight judge the result, not the plan.

import { MIN_LEG } from './auto-layout';
import type { ComposedModule, ComposedPage } from './types';

export interface PageQuality {
  /** Grid cells (column × line) no module covers, and cells two modules cover. */
  uncovered: number;
  overlaps: number;
  /** Empty cells (uncovered plus underset lines) over the text area, 0..1. */
  emptyShare: number;
  /** Modules with a column of body text shorter than MIN_LEG lines, or a column left empty. */
  shortLegs: { storyId: string; part: number; legs: number[] }[];
  /** Modules wider than their body lines fill with legs MIN_LEG deep. */
  strips: { storyId: string; cols: number; bodyLines: number }[];
  oversetLines: number;
}

const BODY = new Set(['body', 'crosshead']);

/** Body lines of a module per column of the module. */
export function legDepths(m: ComposedModule): number[] {
  const legs = new Array<number>(m.module.cols).fill(0);
  for (const l of m.frame.lines) if (BODY.has(l.kind)) legs[l.column] = (legs[l.column] ?? 0) + 1;
  return legs;
}

/** `briefs`: story ids whose modules are briefs (their legs may be short). */
export function pageQuality(page: ComposedPage, briefs: ReadonlySet<string>): PageQuality {
  const { columns } = page.geometry;
  const rows = page.grid.rows;
  const cover = new Uint8Array(columns * rows);
  for (const { module: m } of page.modules)
    for (let c = m.col; c < m.col + m.cols; c++)
      for (let r = m.line; r < m.line + m.lines; r++) {
        const i = r * columns + c;
        cover[i] = (cover[i] ?? 0) + 1;
      }
  let uncovered = 0;
  let overlaps = 0;
  for (const n of cover) {
    if (n === 0) uncovered++;
    if (n > 1) overlaps++;
  }
  const shortLegs: PageQuality['shortLegs'] = [];
  const strips: PageQuality['strips'] = [];
  for (const m of page.modules) {
    if (briefs.has(m.storyId)) continue;
    const legs = legDepths(m);
    // The last leg of a part that jumps on, or of a story overset, is cut by the module.
    const ends = m.breakToken === null;
    const used = legs.filter((n) => n > 0);
    const short = legs.some((n, c) => n < MIN_LEG && (ends || c < used.length - 1));
    if (short && m.part === 1) shortLegs.push({ storyId: m.storyId, part: m.part, legs });
    const bodyLines = legs.reduce((a, b) => a + b, 0);
    if (ends && m.module.cols > Math.max(1, Math.floor(bodyLines / MIN_LEG)))
      strips.push({ storyId: m.storyId, cols: m.module.cols, bodyLines });
  }
  return {
    uncovered,
    overlaps,
    emptyShare: page.report.emptyLines / Math.max(1, columns * rows),
    shortLegs,
    strips,
    oversetLines: page.report.overset.reduce((n, o) => n + o.lines, 0),
  };
}
