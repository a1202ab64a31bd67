// How a line of a running paragraph may end: at a hyphenation point (with a hyphen added),
// or, where no legal break fits, cut where it overflows. Shared by both breakers and by the
// justification that sets the line.

import { CharClass } from './char-class';
import { minWidthOf } from './line-metrics';
import type { PreparedText } from './prepare-text';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const minWidthAt = minWidthOf;
const EPSILON = 1e-6;

export interface LineRange {
  start: number;
  end: number;
  /** No legal break fitted: the line was cut where it overflowed (flagged, never silent). */
  forced: boolean;
  /** The line ends inside a word: a hyphen is added. */
  hyphen: boolean;
}

/** Width of the hyphen added when a line ends at code point `k` inside a word. */
export function hyphenWidthAt(p: PreparedText, k: number): number {
  const font = p.fonts[k];
  return (font ? p.hyphenWidth[font] : undefined) ?? p.size / 3;
}

/** The break after `k` is a hyphenation point (not a space or a compound hyphen). */
export function isHyphenBreak(p: PreparedText, k: number): boolean {
  return p.hyphenAfter[k] === 1 && p.breakAfter[k] !== 1;
}

/** Gaps between two visible characters of [s, last] (where letter-spacing would go). */
export function letterGaps(p: PreparedText, s: number, last: number): number {
  let gaps = 0;
  const cls = p.cls;
  for (let k = s + 1; k <= last; k++) if (cls[k] !== CC.Space && cls[k - 1] !== CC.Space) gaps++;
  return gaps;
}

/** Where first fit cuts a line with no legal break: as much as fits, a hyphen if in a word. */
export function forcedEnd(p: PreparedText, s: number, measure: number): LineRange {
  let end = s + 1;
  for (let j = s + 1; j < p.n; j++) {
    if (minWidthAt(p, s, j + 1) > measure + EPSILON) break;
    end = j + 1;
  }
  const inWord = (k: number) => p.cls[k] === CC.Letter && p.cls[k + 1] === CC.Letter;
  while (end > s + 1 && inWord(end - 1)) {
    if (minWidthAt(p, s, end) + hyphenWidthAt(p, end - 1) <= measure + EPSILON) break;
    end--;
  }
  const hyphen = end < p.n && inWord(end - 1);
  return { start: s, end, forced: true, hyphen };
}
