// Width of a candidate line [start, end) in constant time (plus trailing spaces), natural
// and at full shrink. Trailing spaces hang in the margin with no width.

import { CharClass } from './char-class';
import type { PreparedText } from './prepare-text';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
export interface LineExtent {
  /** Index of the last visible (non-space) character; start - 1 when none. */
  last: number;
  natural: number;
  /** Shrink available, in priority order. */
  shrinkEnd: number;
  shrinkSpaces: number;
  shrinkBrackets: number;
}

export function lastVisible(p: PreparedText, start: number, end: number): number {
  let e = end - 1;
  while (e >= start && p.cls[e] === CC.Space) e--;
  return e;
}

export function measureLine(p: PreparedText, start: number, end: number): LineExtent {
  const e = lastVisible(p, start, end);
  if (e < start) return { last: e, natural: 0, shrinkEnd: 0, shrinkSpaces: 0, shrinkBrackets: 0 };
  const natural =
    (p.boxSum[e + 1] ?? 0) -
    (p.boxSum[start] ?? 0) +
    (p.gapSum[e + 1] ?? 0) -
    (p.gapSum[start + 1] ?? 0) -
    (p.startTrim[start] ?? 0);
  const shrinkEnd = p.endTrim[e] ?? 0;
  const shrinkSpaces = (p.spaceShrinkSum[e + 1] ?? 0) - (p.spaceShrinkSum[start] ?? 0);
  // Brackets strictly inside the line; an opening bracket forced to the end may shrink too.
  let shrinkBrackets =
    e > start + 1 ? (p.bracketShrinkSum[e] ?? 0) - (p.bracketShrinkSum[start + 1] ?? 0) : 0;
  if (e > start && (p.endTrim[e] ?? 0) === 0) shrinkBrackets += p.bracketShrink[e] ?? 0;
  return { last: e, natural, shrinkEnd, shrinkSpaces, shrinkBrackets };
}

export function minWidth(x: LineExtent): number {
  return x.natural - x.shrinkEnd - x.shrinkSpaces - x.shrinkBrackets;
}

/** Same as minWidth(measureLine(...)) without allocating: the breaker calls it per character. */
export function minWidthOf(p: PreparedText, start: number, end: number): number {
  let e = end - 1;
  const cls = p.cls;
  while (e >= start && cls[e] === CC.Space) e--;
  if (e < start) return 0;
  const endTrim = p.endTrim[e] ?? 0;
  let width =
    (p.boxSum[e + 1] ?? 0) -
    (p.boxSum[start] ?? 0) +
    (p.gapSum[e + 1] ?? 0) -
    (p.gapSum[start + 1] ?? 0) -
    (p.startTrim[start] ?? 0) -
    endTrim -
    ((p.spaceShrinkSum[e + 1] ?? 0) - (p.spaceShrinkSum[start] ?? 0));
  if (e > start + 1) width -= (p.bracketShrinkSum[e] ?? 0) - (p.bracketShrinkSum[start + 1] ?? 0);
  if (e > start && endTrim === 0) width -= p.bracketShrink[e] ?? 0;
  return width;
}
