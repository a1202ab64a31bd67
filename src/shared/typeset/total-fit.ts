// Total-fit (Knuth–Plass) breaking of a running Latin paragraph: of all ways to break it at
// spaces, compound hyphens and hyphenation points, the one with the least total demerits,
// where a line's demerits grow with the cube of how far its word spaces stray from normal.
//
// Solved backwards (the best way to set the rest from each line start), so the lines from
// any start are the same whichever line came before it: break tokens resume exactly, as
// with first fit. The only thing carried from line to line is the run of hyphenated lines
// (at most two in a row); a resume finds it on the paragraph's own chain.

import { CharClass } from './char-class';
import { minWidthOf } from './line-metrics';
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
/**
 * Demerits per unit of the line's word-space deviation: the sum over its spaces of
 * (width / normal - 1)², the figure bench:typeset holds against Chromium. Knuth's cubic
 * badness alone let one line take all the slack (a word space 37 times normal) to save a
 * hyphen or a second loose line; priced by deviation, slack spreads over lines instead.
 */
const DEVIATION_DEMERITS = 100_000;
/** A line whose word spaces pass their bound even with letter-spacing, on top of its deviation. */
const LOOSE_DEMERITS = 10 * DEVIATION_DEMERITS;
/** A hyphen is taken only where it saves this much deviation (or a loose line and more). */
const HYPHEN_DEMERITS = 30 * DEVIATION_DEMERITS;
/** A hyphenated line right after another (the rule allows two in a row): a ladder starts. */
const CONSECUTIVE_HYPHEN_DEMERITS = 20 * DEVIATION_DEMERITS;
/** Beyond the word-space bounds with letter-spacing: allowed, but only when nothing is better. */
const LETTERSPACED_BADNESS = 100;
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
 * Demerits of a justified line from `s` at `measure`, given its width at full shrink and
 * its natural width (last visible character `lastVisible`), and whether it ends at a
 * hyphenation point (adding a hyphen `extra` wide); Infinity when it cannot shrink enough.
 * Takes all these rather than working them out: the solver has them, and this runs per
 * candidate line.
 */
function lineDemerits(
  p: PreparedText,
  s: number,
  measure: number,
  last: boolean,
  min: number,
  natural: number,
  lastVisible: number,
  hyphen: boolean,
  extra: number,
  spaces: number,
  spaceWidth: number,
) {
  if (min + extra > measure + EPSILON) return Number.POSITIVE_INFINITY;
  if (last) return LINE_PENALTY * LINE_PENALTY;
  const diff = measure - natural - extra;
  // As if the spaces took all the slack: letter-spacing hides it from the figure, not the eye.
  // A lone word's slack counts as one quarter-em space.
  let deviation = 0;
  if (spaces > 0) deviation = spaces * (diff / spaceWidth) ** 2;
  else if (diff > 0) deviation = (diff / (p.size / 4)) ** 2;
  let badness: number;
  let loose = false;
  if (diff < 0) {
    const shrink = natural - min;
    badness = shrink > 0 ? 100 * (-diff / shrink) ** 3 : 0;
  } else {
    const stretch = (p.spaceStretchSum[lastVisible + 1] ?? 0) - (p.spaceStretchSum[s] ?? 0);
    if (diff <= stretch + EPSILON) {
      badness = stretch > 0 ? 100 * (diff / stretch) ** 3 : 0;
    } else {
      const letters = letterGaps(p, s, lastVisible) + (hyphen ? 1 : 0);
      const room = letters * p.letterSpacing;
      const over = diff - stretch;
      loose = over > room + EPSILON;
      badness = LETTERSPACED_BADNESS + 100 * (loose ? 1 : (over / room) ** 3);
    }
  }
  let demerits = (LINE_PENALTY + badness) ** 2 + DEVIATION_DEMERITS * deviation;
  if (loose) demerits += LOOSE_DEMERITS;
  return hyphen ? demerits + HYPHEN_DEMERITS : demerits;
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
  /** Code points a line may end after (legal breaks and the last one), ascending: the
   * solver visits these rather than every character. */
  cand: Int32Array;
  /** Number of candidates (`cand` may be longer: a reused scratch array). */
  count: number;
  /** For each code point k, the index in `cand` of the first candidate at or after k. */
  firstCand: Int32Array;
  /** By candidate: its last non-space character at or before it (-1 if none), whether it
   * is a hyphenation point, and the width of the hyphen it adds (0 if none). */
  candLast: Int32Array;
  candHyphen: Uint8Array;
  candExtra: Float64Array;
  /** Prefix count and natural width of word spaces (length n + 1). */
  spaceCount: Int32Array;
  spaceWidth: Float64Array;
  /** What `choose` found for states 0–2 (filled after all its recursion is done). */
  outCost: Float64Array;
  outEnd: Int32Array;
  outForced: Uint8Array;
}

/** Best demerits of setting from `s` on, `h` hyphenated lines in a row just before it. */
function solve(v: Solver, s: number, h: number): number {
  const at = s * STATES + h;
  if (v.next[at] !== -1) return v.best[at] ?? 0;
  choose(v, s, h, h, v.measure);
  store(v, s, h, h);
  return v.best[at] ?? 0;
}

/** Keeps `choose`'s answers for states lo–hi at `s`. */
function store(v: Solver, s: number, lo: number, hi: number): void {
  for (let h = lo; h <= hi; h++) {
    const at = s * STATES + h;
    v.best[at] = v.outCost[h] ?? 0;
    v.next[at] = v.outEnd[h] ?? -1;
    v.forced[at] = v.outForced[h] ?? 0;
  }
}

/**
 * The best line from `s` at `measure` (the rest at the solver's measure) for each state
 * lo–hi, into the solver's out arrays. The states share every candidate line's width and
 * demerits; they differ only in which hyphen breaks they may take and the state after.
 */
function choose(v: Solver, s: number, lo: number, hi: number, measure: number): void {
  const p = v.p;
  const n = p.n;
  const cand = v.cand;
  const limit = measure + EPSILON;
  const s0 = lo <= 0;
  const s1 = lo <= 1 && hi >= 1;
  const s2 = hi >= 2;
  let b0 = Number.POSITIVE_INFINITY;
  let b1 = Number.POSITIVE_INFINITY;
  let b2 = Number.POSITIVE_INFINITY;
  let e0 = -1;
  let e1 = -1;
  let e2 = -1;
  const count = v.count;
  const { candLast, candHyphen, candExtra, spaceCount, spaceWidth } = v;
  const spacesAt = spaceCount[s] ?? 0;
  const spaceWidthAt = spaceWidth[s] ?? 0;
  const { boxSum, gapSum, endTrim, spaceShrinkSum, bracketShrinkSum, bracketShrink } = p;
  // Everything about the line's start, read once.
  const boxAt = boxSum[s] ?? 0;
  const gapAt = gapSum[s + 1] ?? 0;
  const trimAt = p.startTrim[s] ?? 0;
  const shrinkAt = spaceShrinkSum[s] ?? 0;
  const bracketAt = bracketShrinkSum[s + 1] ?? 0;
  for (let c = v.firstCand[s] ?? count; c < count; c++) {
    const j = cand[c] ?? 0;
    const last = j === n - 1;
    // Natural and fully shrunk width of [s, j], as measureLine and minWidthOf compute them.
    let e = candLast[c] ?? -1;
    let natural = 0;
    let min = 0;
    if (e < s) e = s - 1;
    else {
      const trim = endTrim[e] ?? 0;
      natural = (boxSum[e + 1] ?? 0) - boxAt + (gapSum[e + 1] ?? 0) - gapAt - trimAt;
      min = natural - trim - ((spaceShrinkSum[e + 1] ?? 0) - shrinkAt);
      if (e > s + 1) min -= (bracketShrinkSum[e] ?? 0) - bracketAt;
      if (e > s && trim === 0) min -= bracketShrink[e] ?? 0;
    }
    if (min > limit) break;
    const lineHyphen = candHyphen[c] === 1;
    const hyphen = !last && lineHyphen;
    if (hyphen && lo >= MAX_HYPHENS_IN_A_ROW) continue;
    const extra = candExtra[c] ?? 0;
    const sp = e < s ? 0 : (spaceCount[e + 1] ?? 0) - spacesAt;
    const sw = e < s ? 0 : (spaceWidth[e + 1] ?? 0) - spaceWidthAt;
    const own = lineDemerits(p, s, measure, last, min, natural, e, lineHyphen, extra, sp, sw);
    if (own === Number.POSITIVE_INFINITY) continue;
    if (!hyphen) {
      const total = own + (last ? 0 : solve(v, j + 1, 0));
      if (s0 && total < b0) {
        b0 = total;
        e0 = j + 1;
      }
      if (s1 && total < b1) {
        b1 = total;
        e1 = j + 1;
      }
      if (s2 && total < b2) {
        b2 = total;
        e2 = j + 1;
      }
      continue;
    }
    if (s0) {
      const total = own + solve(v, j + 1, 1);
      if (total < b0) {
        b0 = total;
        e0 = j + 1;
      }
    }
    if (s1) {
      const total = own + CONSECUTIVE_HYPHEN_DEMERITS + solve(v, j + 1, 2);
      if (total < b1) {
        b1 = total;
        e1 = j + 1;
      }
    }
  }
  let cutEnd = -1;
  let cutCost = 0;
  if ((s0 && e0 < 0) || (s1 && e1 < 0) || (s2 && e2 < 0)) {
    const cut = forcedEnd(p, s, measure);
    cutEnd = cut.end;
    cutCost = FORCED_DEMERITS + (cut.end >= n ? 0 : solve(v, cut.end, 0));
  }
  out(v, 0, b0, e0, cutEnd, cutCost);
  out(v, 1, b1, e1, cutEnd, cutCost);
  out(v, 2, b2, e2, cutEnd, cutCost);
}

function out(v: Solver, h: number, cost: number, end: number, cutEnd: number, cutCost: number) {
  const forced = end < 0;
  v.outCost[h] = forced ? cutCost : cost;
  v.outEnd[h] = forced ? cutEnd : end;
  v.outForced[h] = forced ? 1 : 0;
}

/**
 * The solver's arrays, kept for the next paragraph: solving is synchronous and its answer
 * (the lines) holds none of them. Fresh typed arrays per paragraph are off-heap memory
 * whose churn makes V8 collect garbage more often, and that showed in every line set.
 */
interface Scratch {
  best: Float64Array;
  next: Int32Array;
  forced: Uint8Array;
  cand: Int32Array;
  firstCand: Int32Array;
  candLast: Int32Array;
  candHyphen: Uint8Array;
  candExtra: Float64Array;
  spaceCount: Int32Array;
  spaceWidth: Float64Array;
}
/** Larger paragraphs get arrays of their own, so the kept ones stay small. */
const SCRATCH_MAX_CHARS = 50_000;
let scratch: Scratch | undefined;

function scratchFor(n: number): Scratch {
  const size = (n + 1) * STATES;
  if (scratch && scratch.firstCand.length >= n + 1) return scratch;
  const fresh: Scratch = {
    best: new Float64Array(size),
    next: new Int32Array(size),
    forced: new Uint8Array(size),
    cand: new Int32Array(n),
    firstCand: new Int32Array(n + 1),
    candLast: new Int32Array(n),
    candHyphen: new Uint8Array(n),
    candExtra: new Float64Array(n),
    spaceCount: new Int32Array(n + 1),
    spaceWidth: new Float64Array(n + 1),
  };
  if (n <= SCRATCH_MAX_CHARS) scratch = fresh;
  return fresh;
}

const outCost = new Float64Array(STATES);
const outEnd = new Int32Array(STATES);
const outForced = new Uint8Array(STATES);

function solver(p: PreparedText, measure: number): Solver {
  const n = p.n;
  const a = scratchFor(n);
  const { cand, firstCand, candLast, candHyphen, candExtra, spaceCount, spaceWidth } = a;
  a.next.fill(-1, 0, (n + 1) * STATES); // best and forced are read only where next is set
  let c = 0;
  let lastVisible = -1;
  let spaces = 0;
  let width = 0;
  for (let j = 0; j < n; j++) {
    firstCand[j] = c;
    spaceCount[j] = spaces;
    spaceWidth[j] = width;
    if (p.cls[j] !== CC.Space) lastVisible = j;
    else {
      spaces++;
      width += p.advance[j] ?? 0;
    }
    if (!isCandidate(p, j)) continue;
    const hyphen = isHyphenBreak(p, j);
    cand[c] = j;
    candLast[c] = lastVisible;
    candHyphen[c] = hyphen ? 1 : 0;
    candExtra[c] = hyphen ? hyphenWidthAt(p, j) : 0;
    c++;
  }
  firstCand[n] = c;
  spaceCount[n] = spaces;
  spaceWidth[n] = width;
  return { p, measure, ...a, count: c, outCost, outEnd, outForced };
}

function isCandidate(p: PreparedText, j: number): boolean {
  return j === p.n - 1 || p.breakAfter[j] === 1 || p.hyphenAfter[j] === 1;
}

/** Solves every line start from the end back to `lo`, so recursion stays shallow. */
function prefill(v: Solver, lo: number): void {
  const p = v.p;
  for (let s = p.n - 1; s > lo; s--) {
    if (p.breakAfter[s - 1] !== 1 && p.hyphenAfter[s - 1] !== 1) continue;
    // After a hyphen break all three states are asked for: solve them in one pass.
    const hi = isHyphenBreak(p, s - 1) ? MAX_HYPHENS_IN_A_ROW : 0;
    if (hi === 0 && v.next[s * STATES] !== -1) continue;
    choose(v, s, 0, hi, v.measure);
    store(v, s, 0, hi);
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
      choose(v, s, state, state, firstMeasure);
      end = v.outEnd[state] ?? p.n;
      forced = v.outForced[state] === 1;
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
        if (s === 0) {
          choose(v, 0, 0, 0, openingMeasure);
          end = v.outEnd[0] ?? p.n;
        } else {
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
