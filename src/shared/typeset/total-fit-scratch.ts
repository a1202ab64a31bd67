// Total fit's working arrays: the candidate line ends of a paragraph and what the solver
// reads about each, and its table of answers. Kept from paragraph to paragraph: solving is
// synchronous and its answer (the lines) holds none of them, while fresh typed arrays per
// paragraph are off-heap memory whose churn makes V8 collect garbage more often.

import { CharClass } from './char-class';
import { hyphenWidthAt, isHyphenBreak } from './line-ends';
import type { PreparedText } from './prepare-text';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };

export const MAX_HYPHENS_IN_A_ROW = 2;
/** Answers per line start: by the number of hyphenated lines in a row just before it. */
export const STATES = MAX_HYPHENS_IN_A_ROW + 1;

export interface Scratch {
  /** By line start and state: best demerits of the rest, the line's end, whether forced. */
  best: Float64Array;
  next: Int32Array;
  forced: Uint8Array;
  /** Code points a line may end after (legal breaks and the last one), ascending: the
   * solver visits these rather than every character. */
  cand: Int32Array;
  /** For each code point k, the index in `cand` of the first candidate at or after k. */
  firstCand: Int32Array;
  /** By candidate: its last non-space character at or before it (-1 if none), whether it
   * is a hyphenation point, and the width of the hyphen it adds (0 if none). */
  candLast: Int32Array;
  candHyphen: Uint8Array;
  candExtra: Float64Array;
  /** By code point k, of the characters before k: word spaces, their natural width, and
   * gaps between two visible characters (where letter-spacing goes) (length n + 1). */
  spaceCount: Int32Array;
  spaceWidth: Float64Array;
  letterGapCount: Int32Array;
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
    letterGapCount: new Int32Array(n + 1),
  };
  if (n <= SCRATCH_MAX_CHARS) scratch = fresh;
  return fresh;
}

/** Arrays for `p` with its candidates filled in and no answers yet; `count` candidates. */
export function prepareScratch(p: PreparedText): { a: Scratch; count: number } {
  const n = p.n;
  const a = scratchFor(n);
  const { cand, firstCand, candLast, candHyphen, candExtra } = a;
  const { spaceCount, spaceWidth, letterGapCount } = a;
  const { cls, advance, breakAfter, hyphenAfter } = p;
  a.next.fill(-1, 0, (n + 1) * STATES); // best and forced are read only where next is set
  let c = 0;
  let lastVisible = -1;
  let spaces = 0;
  let width = 0;
  let gaps = 0;
  for (let j = 0; j < n; j++) {
    firstCand[j] = c;
    spaceCount[j] = spaces;
    spaceWidth[j] = width;
    const space = cls[j] === CC.Space;
    if (j > 0 && !space && cls[j - 1] !== CC.Space) gaps++;
    letterGapCount[j] = gaps; // gaps up to and including j's
    if (!space) lastVisible = j;
    else {
      spaces++;
      width += advance[j] ?? 0;
    }
    if (j !== n - 1 && breakAfter[j] !== 1 && hyphenAfter[j] !== 1) continue;
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
  return { a, count: c };
}
