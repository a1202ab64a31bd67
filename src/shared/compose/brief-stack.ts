// The briefs (简讯) of a page stacked in one module, one under another at its full width:
// auto-layout places the stack as one story, then it is cut into one module per brief,
// each as deep as its text (and its foot), the last taking what is left.

import type { PartFit, PartNeed } from './estimate';

const FOOT_ROWS = 1;

/**
 * Module lines (foot excluded) of each brief in a stack `cols` wide and `lines` deep. With
 * `justify`, lines the last brief does not need go to the others' headline air first.
 */
export function stackShares(
  needs: PartNeed[],
  cols: number,
  lines: number,
  justify = false,
): number[] {
  const shares: number[] = [];
  let left = lines;
  needs.forEach((need, i) => {
    if (i === needs.length - 1) {
      shares.push(Math.max(0, left));
      return;
    }
    const own = Math.min(need.rows(cols), Math.max(0, left - FOOT_ROWS));
    shares.push(own);
    left -= own + FOOT_ROWS;
  });
  const last = needs.length - 1;
  let spare = justify ? (shares[last] ?? 0) - (needs[last]?.rows(cols) ?? 0) : 0;
  for (let i = 0; i < last && spare > 0; i++) {
    const air = Math.min(spare, needs[i]?.headAir ?? 0);
    shares[i] = (shares[i] ?? 0) + air;
    shares[last] = (shares[last] ?? 0) - air;
    spare -= air;
  }
  return shares;
}

/** The stack seen as one part: its fit is the sum of the briefs' fits. */
export function stackNeed(needs: PartNeed[]): PartNeed {
  const first = needs[0] as PartNeed;
  const fitIn = (cols: number, lines: number): PartFit => {
    const shares = stackShares(needs, cols, lines);
    let over = 0;
    let under = 0;
    needs.forEach((need, i) => {
      const share = shares[i] ?? 0;
      if (share <= need.headRows(cols)) {
        over += need.bodyRows + 1;
        return;
      }
      const f = need.fitIn(cols, share);
      over += f.over;
      under += f.under;
    });
    return { over, under, legs: cols, lastLeg: lines };
  };
  return {
    bodyRows: needs.reduce((n, need) => n + need.bodyRows + need.headRows(1) + FOOT_ROWS, 0),
    headRows: (cols) => first.headRows(cols),
    fitIn,
    rows: (cols) =>
      needs.reduce((n, need) => n + need.rows(cols), 0) + (needs.length - 1) * FOOT_ROWS,
    gridRows: first.gridRows,
    grow: () => 0,
    shrink: () => 0,
    spanPhotoRows: () => 0,
    headAir: needs.reduce((n, need) => n + need.headAir, 0),
    tighten: () => 0,
  };
}
