// The guillotine search (auto-layout.ts) cuts stories in one order: the first group at the
// top or the left. Reading order first; but on a full page that order often leaves a story
// overset, or a page short of text empty, where another order of the same stories tiles.
// So while the best layout so far leaves text overset or more than GOOD_EMPTY of the area
// empty, the stories after the first (the lead stays top left) are tried in other orders,
// nearest to reading order first, within a budget of search work (bounded time), and the
// layout costing least (overset first, then empty lines) is kept.

import { autoLayout, type LayoutItem, type LayoutResult, type SearchMeter } from './auto-layout';
import type { ModuleSpec } from './types';

/** An arrangement leaving at most this share of its area empty (and nothing overset) is kept. */
export const GOOD_EMPTY = 0.03;
/** Sub-areas solved over all orders at most (about 70 ms of search on one core). */
const WORK_BUDGET = 60_000;

/**
 * The best layout over candidate orders of `items`; modules come back in the items'
 * own order (modules[i] is items[i]'s), as autoLayout gives them.
 */
export function layoutInBestOrder(items: LayoutItem[], area: ModuleSpec): LayoutResult | null {
  const meter: SearchMeter = { work: 0 };
  let best = autoLayout(items, area, meter);
  const good = GOOD_EMPTY * area.cols * area.lines;
  for (const order of candidateOrders(items)) {
    if (best && best.cost <= good) break;
    if (meter.work >= WORK_BUDGET) break;
    const found = autoLayout(
      order.map((i) => items[i] as LayoutItem),
      area,
      meter,
    );
    if (!found || (best && found.cost >= best.cost)) continue;
    const modules = new Array<ModuleSpec>(items.length);
    order.forEach((i, at) => {
      modules[i] = found.modules[at] as ModuleSpec;
    });
    best = { modules, cost: found.cost };
  }
  return best;
}

/**
 * Orders of the stories after the first, reading order excluded, nearest it first: each
 * pair of neighbours swapped, each story moved last or right after the first, the rest
 * reversed, then largest first, then any two swapped.
 */
export function* candidateOrders(items: LayoutItem[]): Generator<number[]> {
  const n = items.length;
  if (n < 3) return;
  const reading = items.map((_, i) => i);
  const seen = new Set<string>([reading.join()]);
  const fresh = (order: number[]) => {
    const key = order.join();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  const swapped = (a: number, b: number) => {
    const o = [...reading];
    [o[a], o[b]] = [o[b] as number, o[a] as number];
    return o;
  };
  for (let i = 1; i + 1 < n; i++) {
    const o = swapped(i, i + 1);
    if (fresh(o)) yield o;
  }
  for (let i = 1; i < n; i++) {
    const rest = reading.filter((k) => k !== i);
    const last = [...rest, i];
    if (fresh(last)) yield last;
    const front = [0, i, ...rest.slice(1)];
    if (fresh(front)) yield front;
  }
  const reversed = [0, ...reading.slice(1).reverse()];
  if (fresh(reversed)) yield reversed;
  const cells = (i: number) => {
    const need = (items[i] as LayoutItem).need;
    return need.rows(2) * 2;
  };
  const largest = [0, ...reading.slice(1).sort((a, b) => cells(b) - cells(a) || a - b)];
  if (fresh(largest)) yield largest;
  for (let a = 1; a < n; a++)
    for (let b = a + 2; b < n; b++) {
      const o = swapped(a, b);
      if (fresh(o)) yield o;
    }
}
