// Greedy (first-fit) line breaking (total fit for running Latin text, see total-fit.ts) at legal break opportunities, measuring each line at
// full shrink. Greedy keeps breaks local: setting again from any line start gives the same
// following lines, which is what makes break tokens and jumps exact.

import { CharClass } from './char-class';
import { forcedEnd, type LineRange } from './line-ends';
import { minWidthOf } from './line-metrics';
import type { PreparedText } from './prepare-text';
import type { TypesetSession } from './session';
import { totalFitLines } from './total-fit';

export type { LineRange } from './line-ends';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const EPSILON = 1e-6;
// Local binding: CommonJS loaders (tsx) make imported functions getters, and this is hot.
const minWidthAt = minWidthOf;

/**
 * Lines of `p` from code point `from`; the ranges are shared, so callers must not change them.
 * `openingMeasure` is the measure of the paragraph's first line (after its indent): total fit
 * reads the state at a resume off the paragraph's own chain. With a session, breaks found
 * are kept: a frame chain asks for the same ones again and again (frame 1 counts the rest of
 * the story for overset, frame 2 sets it), and greedy breaking depends on nothing else.
 */
export function breakLines(
  p: PreparedText,
  from: number,
  firstMeasure: number,
  measure: number,
  openingMeasure = from === 0 ? firstMeasure : measure,
  session?: TypesetSession,
): readonly LineRange[] {
  if (!session) return linesOf(p, from, firstMeasure, measure, openingMeasure);
  let known = session.breaks.get(p);
  if (!known) {
    known = [];
    session.breaks.set(p, known);
  }
  // A paragraph is asked at one or two starts and measures: a scan beats building a key.
  for (const k of known) {
    const same = k.firstMeasure === firstMeasure && k.measure === measure;
    if (k.from === from && same && k.opening === openingMeasure) {
      return k.lines;
    }
  }
  const lines = linesOf(p, from, firstMeasure, measure, openingMeasure);
  known.push({ from, firstMeasure, measure, opening: openingMeasure, lines });
  return lines;
}

function linesOf(p: PreparedText, from: number, first: number, measure: number, opening: number) {
  return p.optimal
    ? totalFitLines(p, from, first, measure, opening)
    : findLines(p, from, first, measure);
}

function findLines(p: PreparedText, from: number, firstMeasure: number, measure: number) {
  const lines: LineRange[] = [];
  let start = from;
  while (start < p.n) {
    const limit = (lines.length === 0 ? firstMeasure : measure) + EPSILON;
    let lastLegal = -1;
    for (let j = start; j < p.n; j++) {
      if (minWidthAt(p, start, j + 1) > limit) break;
      if (j === p.n - 1 || p.breakAfter[j] === 1) lastLegal = j;
    }
    if (lastLegal < start) {
      // No legal break: cut where it overflows, and add a hyphen when that is inside a word.
      const cut = forcedEnd(p, start, limit - EPSILON);
      lines.push(cut);
      start = cut.end;
      continue;
    }
    const end = lastLegal + 1;
    lines.push({ start, end, forced: false, hyphen: false });
    start = end;
  }
  avoidSingleCharacterLastLine(p, lines, measure + EPSILON);
  return lines;
}

function visibleCount(p: PreparedText, start: number, end: number): number {
  let count = 0;
  for (let k = start; k < end; k++) if (p.cls[k] !== CC.Space) count++;
  return count;
}

/** The last line holds at least two characters: pull characters down from the line above. */
function avoidSingleCharacterLastLine(p: PreparedText, lines: LineRange[], limit: number): void {
  const last = lines[lines.length - 1];
  const prev = lines[lines.length - 2];
  if (!last || !prev || prev.forced || visibleCount(p, last.start, last.end) >= 2) return;
  for (let k = last.start - 2; k >= prev.start; k--) {
    if (p.breakAfter[k] !== 1) continue;
    if (minWidthAt(p, k + 1, last.end) > limit) return;
    prev.end = k + 1;
    last.start = k + 1;
    return;
  }
}
