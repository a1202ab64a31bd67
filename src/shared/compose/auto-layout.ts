// Auto-layout: a guillotine search over the free rectangle. Stories are taken in priority
// order (lead first); each cut puts the first group at the top or the left, so the lead
// reads first, and its width is the widest on the page. Modules are scored on the exact
// replay of the column flow (estimate.ts): each overset story costs far more than any
// empty space, then each overset line, then each empty line; a module sized to its text
// gives the rest of its strip to the stories after it, and the last one takes what is left.
// A story that jumps absorbs space (its rest goes on), so it costs nothing while it does
// not fit. Normal stories and the lead are at least two columns wide where they can be.

import type { PartNeed } from './estimate';
import type { ModuleSpec, Priority } from './types';

export interface LayoutItem {
  need: PartNeed;
  priority: Priority;
  jumps: boolean;
}

export interface LayoutResult {
  modules: ModuleSpec[];
  cost: number;
}

/**
 * Each overset story outweighs anything else (the fewest stories overset), then which
 * story it is (a brief before a normal story, a normal story before the lead), then each
 * overset line, then each empty line.
 */
const OVER_STORY = 1_000_000;
const OVER_RANK: Record<Priority, number> = { lead: 300_000, normal: 200_000, brief: 100_000 };
const OVER_WEIGHT = 50;
/** Body lines per column a module must hold at least (no headline-only modules). */
const MIN_BODY_ROWS = 3;
const FOOT_ROWS = 1;
const INF = Number.POSITIVE_INFINITY;

/** A plan is packed in one number: kind (0 one, 1 top/bottom, 2 left/right), k, t or a. */
const ONE = 0;
const TOP = 1;
const LEFT = 2;
const pack = (kind: number, k: number, x: number) => (x * 64 + k) * 4 + kind;

interface Memo {
  cost: Map<number, number>;
  plan: Map<number, number>;
}

/** Cost of one story in a w x h module (grid lines and columns); `bottom`: no foot. */
function scoreOne(item: LayoutItem, w: number, h: number, bottom: boolean): number {
  const lines = h - (bottom ? 0 : FOOT_ROWS);
  if (lines - item.need.headRows(w) < MIN_BODY_ROWS) return INF;
  const { over, under } = item.need.fitIn(w, lines);
  if (item.jumps) return over > 0 ? 0 : under + w;
  return (over > 0 ? OVER_STORY + OVER_RANK[item.priority] + over * OVER_WEIGHT : 0) + under;
}

/** Module lines a story wants at width w (its text, and the foot below). */
function wantRows(item: LayoutItem, w: number): number {
  return item.need.rows(w) + FOOT_ROWS;
}

/** Narrowest module for a story: a brief may take one column, the others two. */
function minWidth(item: LayoutItem, narrow: boolean): number {
  return narrow || item.priority === 'brief' ? 1 : 2;
}

export function autoLayout(items: LayoutItem[], area: ModuleSpec): LayoutResult | null {
  const n = items.length;
  if (n === 0) return { modules: [], cost: 0 };
  // Two columns at least for the lead and normal stories; one only if nothing fits so.
  return search(items, area, false) ?? search(items, area, true);
}

function search(items: LayoutItem[], area: ModuleSpec, narrow: boolean): LayoutResult | null {
  let best: LayoutResult | null = null;
  // The lead's width is fixed per run: the whole area, or up to three columns less (not
  // under half of it).
  const leadFirst = items[0]?.priority === 'lead';
  const widths = leadFirst
    ? Array.from({ length: 4 }, (_, d) => area.cols - d).filter(
        (w) => w >= Math.ceil(area.cols / 2),
      )
    : [area.cols];
  // One memo for all runs: a sub-area no wider than the lead's width does not depend on it.
  const memo: Memo = { cost: new Map(), plan: new Map() };
  const areas = new Map<number, number>();
  for (const leadW of widths) {
    const run = searchRun(
      items,
      area,
      leadFirst ? leadW : area.cols,
      leadFirst,
      narrow,
      memo,
      areas,
    );
    if (run && (!best || run.cost < best.cost)) best = run;
  }
  return best;
}

function searchRun(
  items: LayoutItem[],
  area: ModuleSpec,
  leadW: number,
  leadFirst: boolean,
  narrow: boolean,
  memo: Memo,
  areas: Map<number, number>,
): LayoutResult | null {
  const n = items.length;
  const gridRows = items[0]?.need.gridRows ?? 0;
  const key = (i: number, j: number, w: number, h: number, b: boolean) =>
    ((((i * 64 + j) * 32 + w) * 32 + (i === 0 ? leadW : Math.min(leadW, w))) * 4096 + h) * 2 +
    (b ? 1 : 0);
  const item = (i: number) => items[i] as LayoutItem;

  const solve = (i: number, j: number, w: number, h: number, b: boolean): number => {
    const k0 = key(i, j, w, h, b);
    const hit = memo.cost.get(k0);
    if (hit !== undefined) return hit;
    let best = INF;
    let plan = pack(ONE, 0, 0);
    const isLead = leadFirst && i === 0;
    if (j - i === 1) {
      const ok = (isLead ? w === leadW : w <= leadW) && w >= minWidth(item(i), narrow);
      best = ok ? scoreOne(item(i), w, h, b) : INF;
    } else {
      // Top/bottom: the first story (or first group) on top, the rest below.
      for (let k = i + 1; k < j; k++) {
        const single = k === i + 1;
        const want = single ? wantRows(item(i), w) : Math.ceil(groupArea(i, k, w) / w);
        const rest = h - Math.ceil(groupArea(k, j, w) / w);
        // What the top wants (a line less or more), or leaving the rest what it wants.
        const tried = new Set<number>();
        for (const t of [want, want - 1, want + 1, rest, rest - 1, rest + 1]) {
          if (t <= 0 || t >= h || tried.has(t)) continue;
          tried.add(t);
          const top = solve(i, k, w, t, false);
          if (top === INF) continue;
          const cost = top + solve(k, j, w, h - t, b);
          if (cost < best) {
            best = cost;
            plan = pack(TOP, k, t);
          }
        }
      }
      // Left/right: the first group in the left columns, the rest to the right; a group
      // takes about its share of the area (a single story may take any width).
      for (let k = i + 1; k < j; k++) {
        const share = k === i + 1 ? 0 : Math.round((w * groupArea(i, k, w)) / groupArea(i, j, w));
        for (let a = 1; a < w; a++) {
          if (isLead && a !== leadW && k === i + 1) continue;
          if (share > 0 && Math.abs(a - share) > 1) continue;
          const left = solve(i, k, a, h, b);
          if (left === INF) continue;
          const cost = left + solve(k, j, w - a, h, b);
          if (cost < best) {
            best = cost;
            plan = pack(LEFT, k, a);
          }
        }
      }
    }
    memo.cost.set(k0, best);
    memo.plan.set(k0, plan);
    return best;
  };

  /** Grid cells the stories [i, k) want, each at about an equal share of w columns. */
  const groupArea = (i: number, k: number, w: number): number => {
    const ak = (i * 64 + k) * 32 + w;
    const hit = areas.get(ak);
    if (hit !== undefined) return hit;
    let cells = 0;
    const share = Math.max(1, Math.round(w / (k - i)));
    for (let g = i; g < k; g++) {
      const cols = Math.min(w, Math.max(share, minWidth(item(g), narrow)));
      cells += wantRows(item(g), cols) * cols;
    }
    areas.set(ak, cells);
    return cells;
  };

  const bottom = area.line + area.lines >= gridRows;
  const rootCost = solve(0, n, area.cols, area.lines, bottom);
  if (rootCost === INF) return null;
  const modules: ModuleSpec[] = new Array(n);
  const build = (
    i: number,
    j: number,
    col: number,
    line: number,
    w: number,
    h: number,
    b: boolean,
  ) => {
    solve(i, j, w, h, b);
    const plan = memo.plan.get(key(i, j, w, h, b)) ?? ONE;
    const kind = plan % 4;
    const k = Math.floor(plan / 4) % 64;
    const x = Math.floor(plan / 256);
    if (kind === ONE) {
      modules[i] = { col, line, cols: w, lines: h };
    } else if (kind === TOP) {
      build(i, k, col, line, w, x, false);
      build(k, j, col, line + x, w, h - x, b);
    } else {
      build(i, k, col, line, x, h, b);
      build(k, j, col + x, line, w - x, h, b);
    }
  };
  build(0, n, area.col, area.line, area.cols, area.lines, bottom);
  return { modules, cost: rootCost };
}
