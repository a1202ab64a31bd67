// Total-fit (Knuth–Plass) breaking of a running Latin paragraph: of all ways to break it at
// spaces, compound hyphens and hyphenation points, the one with the least total demerits
// (total-fit-demerits.ts), which grow with how far each line's word spaces stray from normal.
//
// Solved backwards (the best way to set the rest from each line start), so the lines from
// any start are the same whichever line came before it: break tokens resume exactly, as
// with first fit. The only thing carried from line to line is the run of hyphenated lines
// (at most two in a row); a resume finds it on the paragraph's own chain.

import { CharClass } from './char-class';
import { forcedEnd, isHyphenBreak, type LineRange } from './line-ends';
import type { PreparedText } from './prepare-text';
import {
  CONSECUTIVE_HYPHEN_DEMERITS,
  FORCED_DEMERITS,
  LINE_PENALTY,
  lineDemerits,
} from './total-fit-demerits';
import { MAX_HYPHENS_IN_A_ROW, prepareScratch, type Scratch, STATES } from './total-fit-scratch';

export type { LineRange } from './line-ends';

// Module-local copies: CommonJS loaders (tsx) turn imported bindings into getters.
const CC = { ...CharClass };
const demeritsOf = lineDemerits;
const EPSILON = 1e-6;
const LAST_LINE_DEMERITS = LINE_PENALTY * LINE_PENALTY;

interface Solver extends Scratch {
  p: PreparedText;
  measure: number;
  /** Number of candidates (`cand` may be longer: a reused scratch array). */
  count: number;
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
  const { candLast, candHyphen, candExtra, spaceCount, spaceWidth, letterGapCount } = v;
  const { boxSum, gapSum, endTrim, spaceShrinkSum, bracketShrinkSum, bracketShrink } = p;
  const { spaceStretchSum, letterSpacing, size } = p;
  // Everything about the line's start, read once.
  const boxAt = boxSum[s] ?? 0;
  const gapAt = gapSum[s + 1] ?? 0;
  const trimAt = p.startTrim[s] ?? 0;
  const shrinkAt = spaceShrinkSum[s] ?? 0;
  const bracketAt = bracketShrinkSum[s + 1] ?? 0;
  const stretchAt = spaceStretchSum[s] ?? 0;
  const spacesAt = spaceCount[s] ?? 0;
  const spaceWidthAt = spaceWidth[s] ?? 0;
  const gapsAt = letterGapCount[s] ?? 0;
  for (let c = v.firstCand[s] ?? count; c < count; c++) {
    const j = cand[c] ?? 0;
    const last = j === n - 1;
    // Natural and fully shrunk width of [s, j], as measureLine and minWidthOf compute them.
    const e = candLast[c] ?? -1;
    let natural = 0;
    let min = 0;
    if (e >= s) {
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
    if (min + extra > limit) continue;
    let own = LAST_LINE_DEMERITS;
    if (!last) {
      const visible = e >= s;
      own = demeritsOf(
        measure,
        min,
        natural,
        lineHyphen,
        extra,
        visible ? (spaceStretchSum[e + 1] ?? 0) - stretchAt : 0,
        (e > s ? (letterGapCount[e] ?? 0) - gapsAt : 0) + (lineHyphen ? 1 : 0),
        letterSpacing,
        visible ? (spaceCount[e + 1] ?? 0) - spacesAt : 0,
        visible ? (spaceWidth[e + 1] ?? 0) - spaceWidthAt : 0,
        size,
      );
    }
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

const outCost = new Float64Array(STATES);
const outEnd = new Int32Array(STATES);
const outForced = new Uint8Array(STATES);

function solver(p: PreparedText, measure: number): Solver {
  const { a, count } = prepareScratch(p);
  return { p, measure, ...a, count, outCost, outEnd, outForced };
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
