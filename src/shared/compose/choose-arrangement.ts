// Auto-layout's search scores modules on the estimate (the column flow before vertical
// justification's last adjustments and the headline fill), so among its few best
// arrangements the one the page prints best can be another: where the best by the
// estimate, once set, leaves text overset or more than GOOD_EMPTY of the area empty, each
// candidate is set (set-module.ts keeps the modules they share) and the one with the
// fewest stories overset, then overset lines, then empty grid cells is kept.

import { GOOD_EMPTY, OVER_RANK, OVER_WEIGHT, OVERSET_COST } from './auto-layout';
import type { ModuleSetter, ModuleStory } from './set-module';
import type { ModuleSpec } from './types';

export interface Placement<R extends ModuleStory> {
  r: R;
  m: ModuleSpec;
}

/** Overset and empty cells of an arrangement in free space of `cells` as the page sets it. */
export function composedCost<R extends ModuleStory>(
  placements: Placement<R>[],
  cells: number,
  set: ModuleSetter,
): number {
  let cost = cells;
  for (const { r, m } of placements) {
    const mod = set(r, m).module;
    cost += mod.linesUnder - m.cols * m.lines;
    // A part that jumps runs on to another page by design.
    if (mod.linesOver > 0 && r.jumpTo === undefined)
      cost += OVERSET_COST + OVER_RANK[r.priority] + mod.linesOver * OVER_WEIGHT;
  }
  return cost;
}

/** The first arrangement when it sets well, else the best of them as set. */
export function chooseArrangement<R extends ModuleStory>(
  arrangements: Placement<R>[][],
  area: ModuleSpec,
  set: ModuleSetter,
): Placement<R>[] | null {
  let best: Placement<R>[] | null = null;
  let bestCost = Number.POSITIVE_INFINITY;
  const good = GOOD_EMPTY * area.cols * area.lines;
  for (const arrangement of arrangements) {
    const cost = composedCost(arrangement, area.cols * area.lines, set);
    if (cost < bestCost) {
      best = arrangement;
      bestCost = cost;
    }
    if (bestCost <= good) break;
  }
  return best;
}
