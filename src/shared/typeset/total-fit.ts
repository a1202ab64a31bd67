// Total-fit (Knuth–Plass) breaking of a running Latin paragraph: of all ways to break it at
// spaces, compound hyphens and hyphenation points, the one with the least total demerits,
// where a line's demerits grow with the cube of how far its word spaces stray from normal.
//
// Solved backwards (the best way to set the rest from each line start), so the lines from
// any start are the same whichever line came before it: break tokens resume exactly, as
// with first fit. The only thing carried from line to line is the run of hyphenated lines
// (at most two in a row); a resume finds it on the paragraph's own chain.

import { CharClass } from './char-class';
import { measureLine, minWidthOf } from './line-metrics';
import type { PreparedText } from './prepare-text';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const minWidthAt = minWidthOf;

export interface LineRange {
  start: number;
  end: number;
  /** No legal break fitted: the line was cut where it overflowed (flagged, never silent). */
  forced: boolean;
  /** The line ends inside a word: a hyphen is added. */
  hyphen: boolean;
}

const EPSILON = 1e-6;
const MAX_HYPHENS_IN_A_ROW = 2;
const STATES = MAX_HYPHENS_IN_A_ROW + 1;
const LINE_PENALTY = 10;
const HYPHEN_DEMERITS = 50 * 50;
/** Beyond the word-space bounds with letter-spacing: allowed, but only when nothing is better. */
const LETTERSPACED_BADNESS = 100;
const LOOSE_BADNESS = 10_000;
const FORCED_DEMERITS = 1e12;

/** Width of the hyphen added when a line ends at code point `k` inside a word. */
export function hyphenWidthAt(p: PreparedText, k: number): number {
  const font = p.fonts[k];
  return (font ? p.hyphenWidth[font] : undefined) ?? p.size / 3;
}

/** The break after `k` is a hyphenation point (not a space or a compound hyphen). */
function isHyphenBreak(p: PreparedText, k: number): boolean {
  return p.hyphenAfter[k] === 1 && p.breakAfter[k] !== 1;
}

/**
 * Demerits of a justified line [s, e) at `measure`, given its width at full shrink;
 * Infinity when it cannot shrink enough.
 */
function lineDemerits(
  p: PreparedText,
  s: number,
  e: number,
  measure: number,
  last: boolean,
  min: number,
) {
  const hyphen = isHyphenBreak(p, e - 1);
  const extra = hyphen ? hyphenWidthAt(p, e - 1) : 0;
  if (min + extra > measure + EPSILON) return Number.POSITIVE_INFINITY;
  if (last) return LINE_PENALTY * LINE_PENALTY;
  const x = measureLine(p, s, e);
  const diff = measure - x.natural - extra;
  let badness: number;
  if (diff < 0) {
    const shrink = x.natural - min;
    badness = shrink > 0 ? 100 * (-diff / shrink) ** 3 : 0;
  } else {
    const stretch = (p.spaceStretchSum[x.last + 1] ?? 0) - (p.spaceStretchSum[s] ?? 0);
    if (diff <= stretch + EPSILON) {
      badness = stretch > 0 ? 100 * (diff / stretch) ** 3 : 0;
    } else {
      const letters = letterGaps(p, s, x.last) + (hyphen ? 1 : 0);
      const room = letters * p.letterSpacing;
      const over = diff - stretch;
      badness =
        over <= room + EPSILON
          ? LETTERSPACED_BADNESS + 100 * (over / room) ** 3
          : LOOSE_BADNESS + over * over;
    }
  }
  const base = (LINE_PENALTY + badness) ** 2;
  return hyphen ? base + HYPHEN_DEMERITS : base;
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

interface Solver {
  p: PreparedText;
  measure: number;
  best: Float64Array;
  next: Int32Array;
  forced: Uint8Array;
}

/** Best demerits of setting from `s` on, `h` hyphenated lines in a row just before it. */
function solve(v: Solver, s: number, h: number): number {
  const at = s * STATES + h;
  if (v.next[at] !== -1) return v.best[at] ?? 0;
  const { choice, cost } = choose(v, s, h, v.measure);
  v.best[at] = cost;
  v.next[at] = choice.end;
  v.forced[at] = choice.forced ? 1 : 0;
  return cost;
}

/** The best line from `s` at `measure` (the rest at the solver's measure). */
function choose(v: Solver, s: number, h: number, measure: number) {
  const p = v.p;
  let bestCost = Number.POSITIVE_INFINITY;
  let bestEnd = -1;
  for (let j = s; j < p.n; j++) {
    const last = j === p.n - 1;
    if (!last && p.breakAfter[j] !== 1 && p.hyphenAfter[j] !== 1) continue;
    const min = minWidthAt(p, s, j + 1);
    if (min > measure + EPSILON) break;
    const hyphen = !last && isHyphenBreak(p, j);
    if (hyphen && h >= MAX_HYPHENS_IN_A_ROW) continue;
    const own = lineDemerits(p, s, j + 1, measure, last, min);
    if (own === Number.POSITIVE_INFINITY) continue;
    const rest = last ? 0 : solve(v, j + 1, hyphen ? h + 1 : 0);
    if (own + rest < bestCost) {
      bestCost = own + rest;
      bestEnd = j + 1;
    }
  }
  if (bestEnd >= 0) return { choice: { end: bestEnd, forced: false }, cost: bestCost };
  const cut = forcedEnd(p, s, measure);
  const rest = cut.end >= p.n ? 0 : solve(v, cut.end, 0);
  return { choice: { end: cut.end, forced: true }, cost: FORCED_DEMERITS + rest };
}

function solver(p: PreparedText, measure: number): Solver {
  const size = (p.n + 1) * STATES;
  return {
    p,
    measure,
    best: new Float64Array(size),
    next: new Int32Array(size).fill(-1),
    forced: new Uint8Array(size),
  };
}

/** Solves every line start from the end back to `lo`, so recursion stays shallow. */
function prefill(v: Solver, lo: number): void {
  const p = v.p;
  for (let s = p.n - 1; s > lo; s--) {
    if (p.breakAfter[s - 1] !== 1 && p.hyphenAfter[s - 1] !== 1) continue;
    solve(v, s, 0);
    if (isHyphenBreak(p, s - 1)) {
      solve(v, s, 1);
      solve(v, s, 2);
    }
  }
}

/** Walks the chain from `s` in state `h`; the first line at `firstMeasure`. */
function chain(v: Solver, from: number, h: number, firstMeasure: number): LineRange[] {
  const lines: LineRange[] = [];
  const p = v.p;
  let s = from;
  let state = h;
  let first = true;
  while (s < p.n) {
    let end: number;
    let forced: boolean;
    if (first) {
      const { choice } = choose(v, s, state, firstMeasure);
      end = choice.end;
      forced = choice.forced;
      first = false;
    } else {
      solve(v, s, state);
      end = v.next[s * STATES + state] ?? p.n;
      forced = v.forced[s * STATES + state] === 1;
    }
    const hyphen =
      end < p.n &&
      (forced
        ? p.cls[end - 1] === CC.Letter && p.cls[end] === CC.Letter
        : isHyphenBreak(p, end - 1));
    lines.push({ start: s, end, forced, hyphen });
    state = hyphen && !forced ? state + 1 : 0;
    s = end;
  }
  return lines;
}

/**
 * Lines of a running Latin paragraph from code point `from`. The run of hyphenated lines
 * before `from` is read off the paragraph's own chain (first line at `openingMeasure`, the
 * rest at `measure`; 1 when `from` is a hyphen break off that chain), so every resume at the
 * same place and measures gives the same lines as the paragraph set whole.
 */
export function totalFitLines(
  p: PreparedText,
  from: number,
  firstMeasure: number,
  measure: number,
  openingMeasure = measure,
): LineRange[] {
  const v = solver(p, measure);
  let h = 0;
  prefill(v, from > 0 && isHyphenBreak(p, from - 1) ? 0 : from);
  if (from > 0) {
    h = isHyphenBreak(p, from - 1) ? 1 : 0;
    if (h === 1) {
      let s = 0;
      let state = 0;
      while (s < from) {
        let end: number;
        if (s === 0) end = choose(v, 0, 0, openingMeasure).choice.end;
        else {
          solve(v, s, state);
          end = v.next[s * STATES + state] ?? p.n;
        }
        state = end < p.n && isHyphenBreak(p, end - 1) ? state + 1 : 0;
        s = end;
      }
      if (s === from) h = Math.max(1, Math.min(state, MAX_HYPHENS_IN_A_ROW));
    }
  }
  return chain(v, from, h, firstMeasure);
}
