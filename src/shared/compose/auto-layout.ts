// Auto-layout: a guillotine search over the free rectangle. Stories are taken in priority
// order (lead first); each cut puts the first group at the top or the left, so the lead
// reads first, and its width is the widest on the page. Modules are scored on estimates
// (estimate.ts): overset lines weigh more than empty ones; a story that jumps absorbs
// space (its rest goes on), so it costs nothing while it does not fit.

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

const OVER_WEIGHT = 2;
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

/** Cost of one story in a w x h module (grid lines and columns). */
function scoreOne(item: LayoutItem, w: number, h: number): number {
  const head = item.need.headRows(w);
  const rows = h - FOOT_ROWS - head;
  if (rows < MIN_BODY_ROWS) return INF;
  const diff = rows * w - item.need.bodyRows;
  if (item.jumps) return diff >= 0 ? diff + w : 0;
  return diff >= 0 ? diff : -diff * OVER_WEIGHT;
}

/** Rows a story wants at width w (its body in w columns under its head). */
function wantRows(item: LayoutItem, w: number): number {
  return item.need.headRows(w) + Math.ceil(item.need.bodyRows / w) + FOOT_ROWS;
}

export function autoLayout(items: LayoutItem[], area: ModuleSpec): LayoutResult | null {
  const n = items.length;
  if (n === 0) return { modules: [], cost: 0 };
  let best: LayoutResult | null = null;
  // The lead's width is fixed per run, from the whole area down to half of it.
  const leadFirst = items[0]?.priority === 'lead';
  const widths = leadFirst
    ? [area.cols, area.cols - 1, area.cols - 2].filter((w) => w >= Math.ceil(area.cols / 2))
    : [area.cols];
  // One memo for all runs: a sub-area no wider than the lead's width does not depend on it.
  const memo: Memo = { cost: new Map(), plan: new Map() };
  const areas = new Map<number, number>();
  for (const leadW of widths) {
    const run = searchRun(items, area, leadFirst ? leadW : area.cols, leadFirst, memo, areas);
    if (run && (!best || run.cost < best.cost)) best = run;
  }
  return best;
}

function searchRun(
  items: LayoutItem[],
  area: ModuleSpec,
  leadW: number,
  leadFirst: boolean,
  memo: Memo,
  areas: Map<number, number>,
): LayoutResult | null {
  const n = items.length;
  const key = (i: number, j: number, w: number, h: number) =>
    (((i * 64 + j) * 32 + w) * 32 + (i === 0 ? leadW : Math.min(leadW, w))) * 4096 + h;

  const solve = (i: number, j: number, w: number, h: number): number => {
    const k0 = key(i, j, w, h);
    const hit = memo.cost.get(k0);
    if (hit !== undefined) return hit;
    let best = INF;
    let plan = pack(ONE, 0, 0);
    const isLead = leadFirst && i === 0;
    if (j - i === 1) {
      const ok = isLead ? w === leadW : w <= leadW;
      best = ok ? scoreOne(items[i] as LayoutItem, w, h) : INF;
    } else {
      // Top/bottom: the first story (or first group) on top, the rest below.
      for (let k = i + 1; k < j; k++) {
        const single = k === i + 1;
        const want = single
          ? wantRows(items[i] as LayoutItem, w)
          : Math.ceil(groupArea(i, k, w) / w);
        const rest = h - Math.ceil(groupArea(k, j, w) / w);
        // Around what the top wants, or leaving the rest what it wants (a jump gives way).
        for (let c = 0; c < 5; c++) {
          const t =
            c === 0
              ? want
              : c === 1
                ? want + (single ? -1 : 2)
                : c === 2
                  ? want + 1
                  : rest - (c - 3);
          if (t <= 0 || t >= h || (c === 2 && !single)) continue;
          if (c >= 3 && (t === want || t === want + 1 || t === want + (single ? -1 : 2))) continue;
          const top = solve(i, k, w, t);
          if (top === INF) continue;
          const cost = top + solve(k, j, w, h - t);
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
          const left = solve(i, k, a, h);
          if (left === INF) continue;
          const cost = left + solve(k, j, w - a, h);
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
    const cols = Math.max(1, Math.round(w / (k - i)));
    for (let g = i; g < k; g++) {
      const item = items[g] as LayoutItem;
      cells += (item.need.headRows(cols) + FOOT_ROWS) * cols + item.need.bodyRows;
    }
    areas.set(ak, cells);
    return cells;
  };

  const rootCost = solve(0, n, area.cols, area.lines);
  if (rootCost === INF) return null;
  const modules: ModuleSpec[] = new Array(n);
  const build = (i: number, j: number, col: number, line: number, w: number, h: number) => {
    solve(i, j, w, h);
    const plan = memo.plan.get(key(i, j, w, h)) ?? ONE;
    const kind = plan % 4;
    const k = Math.floor(plan / 4) % 64;
    const x = Math.floor(plan / 256);
    if (kind === ONE) {
      modules[i] = { col, line, cols: w, lines: h };
    } else if (kind === TOP) {
      build(i, k, col, line, w, x);
      build(k, j, col, line + x, w, h - x);
    } else {
      build(i, k, col, line, x, h);
      build(k, j, col + x, line, w - x, h);
    }
  };
  build(0, n, area.col, area.line, area.cols, area.lines);
  return { modules, cost: rootCost };
}
