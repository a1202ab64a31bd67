// The guillotine search (auto-layout.ts) cuts stories in one order: the first group at the
// top or the left. Reading order first; but on a full page that order often leaves a story
// overset, or a page short of text empty, where another order of the same stories tiles.
// So while the best layout so far leaves text overset or more than GOOD_EMPTY of the area
// empty, the stories after the first (the lead stays top left) are tried in other orders,
// nearest to reading order first, within a budget of search work (bounded time), and the
// few layouts costing least (overset first, then empty lines) are kept for the caller to
// set and choose from by the composed result (choose-arrangement.ts).

import {
  autoLayout,
  GOOD_EMPTY,
  type LayoutItem,
  type LayoutResult,
  type SearchMeter,
} from './auto-layout';
import type { ModuleSpec } from './types';

/** Sub-areas solved over all orders at most (about 70 ms of search on one core). */
const WORK_BUDGET = 60_000;

/**
 * The `most` least costly layouts over candidate orders of `items` (distinct, the best
 * first), and the layout in reading order when it is not among them (alone where it
 * `settles`: the estimate errs on the side of empty lines the page then fills); modules come back in the items' own order (modules[i] is items[i]'s), as
 * autoLayout gives them.
 */
export function layoutCandidates(
  items: LayoutItem[],
  area: ModuleSpec,
  most: number,
  /** Whether the layout in reading order sets well as it is (no other order is tried). */
  settles: (reading: LayoutResult) => boolean = () => false,
): LayoutResult[] {
  const meter: SearchMeter = { work: 0 };
  const found: LayoutResult[] = [];
  const seen = new Set<string>();
  const keep = (result: LayoutResult | null) => {
    if (!result) return;
    const key = result.modules.map((m) => `${m.col},${m.line},${m.cols},${m.lines}`).join(';');
    if (seen.has(key)) return;
    seen.add(key);
    found.push(result);
    found.sort((a, b) => a.cost - b.cost);
    if (found.length > most) found.pop();
  };
  const reading = autoLayout(items, area, meter);
  if (reading && settles(reading)) return [reading];
  keep(reading);
  const good = GOOD_EMPTY * area.cols * area.lines;
  for (const order of candidateOrders(items)) {
    if ((found[0]?.cost ?? Number.POSITIVE_INFINITY) <= good) break;
    if (meter.work >= WORK_BUDGET) break;
    const result = autoLayout(
      order.map((i) => items[i] as LayoutItem),
      area,
      meter,
    );
    if (!result) continue;
    const modules = new Array<ModuleSpec>(items.length);
    order.forEach((i, at) => {
      modules[i] = result.modules[at] as ModuleSpec;
    });
    keep({ modules, cost: result.cost });
  }
  // Reading order stays a candidate: the estimate may rank it lower than it sets.
  if (reading && !found.includes(reading)) found.push(reading);
  return found;
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
