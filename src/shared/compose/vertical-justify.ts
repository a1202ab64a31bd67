// Vertical justification of a story part in a module deeper or shallower than its text,
// in whole grid lines, shared by the search (auto-layout.ts, on the estimate) and the page
// (set-module.ts, as set) so both count the same lines: deeper, a spanning photo cropped
// taller, then the headline given air; shallower, the photo cropped wider, then the
// headline stack set tight (which gives back its lines all at once: any it gives beyond
// the shortfall go back to the headline as air).

import type { PartNeed } from './estimate';

export interface Justify {
  /** Grid lines the spanning photo grows by (negative: shrinks by). */
  photo: number;
  /** Grid lines of air added below the headline. */
  air: number;
  /** The headline stack set tight (need.tighten(cols) lines fewer). */
  tight: boolean;
}

/** How a part closes a difference of `d` grid lines (positive: the module is deeper). */
export function justifyBy(need: PartNeed, cols: number, d: number): Justify {
  if (d >= 0) {
    const photo = Math.min(d, need.grow(cols));
    return { photo, air: Math.min(d - photo, need.headAir), tight: false };
  }
  const photo = Math.max(d, -need.shrink(cols));
  const short = photo - d;
  const give = short > 0 ? need.tighten(cols) : 0;
  if (give === 0) return { photo, air: 0, tight: false };
  return { photo, air: Math.max(0, Math.min(give - short, need.headAir)), tight: true };
}

/** Grid lines the frame of the text gains (positive) or loses by a justification. */
export function justifiedLines(need: PartNeed, cols: number, j: Justify): number {
  return j.photo + j.air - (j.tight ? need.tighten(cols) : 0);
}

/**
 * The difference a part in a module `lines` deep (foot excluded) closes: as much of the
 * module's spare or shortfall as its photo, air and tight stack can take.
 */
export function justifyTarget(need: PartNeed, cols: number, lines: number): number {
  const spare = lines - need.rows(cols);
  if (spare > 0) return Math.min(need.grow(cols) + need.headAir, spare);
  if (spare < 0) return -Math.min(need.shrink(cols) + need.tighten(cols), -spare);
  return 0;
}

export function justifyIn(need: PartNeed, cols: number, lines: number): Justify {
  return justifyBy(need, cols, justifyTarget(need, cols, lines));
}
