// The per-character arrays of full-width marks (compression and trims), dash and ellipsis
// pairs and Han–Latin gaps. Running Latin text has none of these: such a paragraph shares
// one read-only array of zeros instead of eight of its own, which halves what preparing it
// allocates (fresh off-heap memory, whose churn costs more than filling it).

import { Arena } from './arena';
import { CharClass } from './char-class';
import { GapKind, gapKindOf } from './gap-kind';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const HAN_LATIN_GAP = GapKind.HanLatin;
const gapBetween = gapKindOf;

export interface MarkArrays {
  trimLeft: Float64Array;
  trimRight: Float64Array;
  startTrim: Float64Array;
  endTrim: Float64Array;
  bracketShrink: Float64Array;
  gapBefore: Float64Array;
  /** Prefix sums, length n + 1. */
  gapSum: Float64Array;
  bracketShrinkSum: Float64Array;
  /** All zeros and shared: never to be written. */
  shared: boolean;
}

/** 1 for a full-width opening mark, 2 for a full-width closing one (their blank half can go). */
export function markAt(cls: Uint8Array, advance: Float64Array, k: number, minFull: number): number {
  const c = cls[k];
  if (c !== CC.Open && c !== CC.Close && c !== CC.Stop) return 0;
  if ((advance[k] ?? 0) < minFull) return 0;
  return c === CC.Open ? 1 : 2;
}

/** True when every one of these arrays stays zero for the text (see prepareText). */
function plain(cls: Uint8Array, advance: Float64Array, minFull: number): boolean {
  const n = cls.length;
  for (let k = 0; k < n; k++) {
    if (markAt(cls, advance, k, minFull) !== 0) return false;
    const c = cls[k] ?? 0;
    if ((c === CC.Dash || c === CC.Ellipsis) && cls[k + 1] === c) return false;
    if (k > 0 && gapBetween(cls[k - 1] ?? 0, c) === HAN_LATIN_GAP) return false;
  }
  return true;
}

let zeros = new Float64Array(0);

/** Zeroed arrays for a text of `cls.length` characters: shared when they stay zero. */
export function markArrays(cls: Uint8Array, advance: Float64Array, minFull: number): MarkArrays {
  const n = cls.length;
  if (plain(cls, advance, minFull)) {
    if (zeros.length < n + 1) zeros = new Float64Array(Math.max(n + 1, 4096));
    const each = zeros.subarray(0, n);
    const sum = zeros.subarray(0, n + 1);
    return {
      trimLeft: each,
      trimRight: each,
      startTrim: each,
      endTrim: each,
      bracketShrink: each,
      gapBefore: each,
      gapSum: sum,
      bracketShrinkSum: sum,
      shared: true,
    };
  }
  const arena = new Arena(8 * (8 * n + 2));
  return {
    trimLeft: arena.f64(n),
    trimRight: arena.f64(n),
    startTrim: arena.f64(n),
    endTrim: arena.f64(n),
    bracketShrink: arena.f64(n),
    gapBefore: arena.f64(n),
    gapSum: arena.f64(n + 1),
    bracketShrinkSum: arena.f64(n + 1),
    shared: false,
  };
}
