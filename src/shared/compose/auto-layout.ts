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

type Plan =
  | { kind: 'one' }
  | { kind: 'h'; k: number; t: number }
  | { kind: 'v'; k: number; a: number };

interface Best {
  cost: number;
  plan: Plan;
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
    ? Array.from({ length: area.cols - Math.ceil(area.cols / 2) + 1 }, (_, i) => area.cols - i)
    : [area.cols];
  for (const leadW of widths) {
    const run = searchRun(items, area, leadFirst ? leadW : area.cols, leadFirst);
    if (run && (!best || run.cost < best.cost)) best = run;
  }
  return best;
}

function searchRun(
  items: LayoutItem[],
  area: ModuleSpec,
  leadW: number,
  leadFirst: boolean,
): LayoutResult | null {
  const n = items.length;
  const memo = new Map<number, Best>();
  const key = (i: number, j: number, w: number, h: number) => ((i * 32 + j) * 32 + w) * 4096 + h;

  const solve = (i: number, j: number, w: number, h: number): Best => {
    const k0 = key(i, j, w, h);
    const hit = memo.get(k0);
    if (hit) return hit;
    let best: Best = { cost: INF, plan: { kind: 'one' } };
    const first = items[i] as LayoutItem;
    const isLead = leadFirst && i === 0;
    if (j - i === 1) {
      const ok = isLead ? w === leadW : w <= leadW;
      best = { cost: ok ? scoreOne(first, w, h) : INF, plan: { kind: 'one' } };
      memo.set(k0, best);
      return best;
    }
    const consider = (cost: number, plan: Plan) => {
      if (cost < best.cost) best = { cost, plan };
    };
    // Horizontal: the first story (or first group) on top, the rest below.
    for (let k = i + 1; k < j; k++) {
      for (const t of topHeights(i, k, w, h)) {
        const top = solve(i, k, w, t);
        if (top.cost === INF) continue;
        consider(top.cost + solve(k, j, w, h - t).cost, { kind: 'h', k, t });
      }
    }
    // Vertical: the first group in the left columns, the rest to the right.
    for (let k = i + 1; k < j; k++) {
      for (let a = 1; a < w; a++) {
        if (isLead && a !== leadW && k === i + 1) continue;
        const left = solve(i, k, a, h);
        if (left.cost === INF) continue;
        consider(left.cost + solve(k, j, w - a, h).cost, { kind: 'v', k, a });
      }
    }
    memo.set(k0, best);
    return best;
  };

  /** Heights to try for the group [i, k) on top of a w-wide area. */
  const topHeights = (i: number, k: number, w: number, h: number): number[] => {
    const out = new Set<number>();
    if (k === i + 1) {
      const want = wantRows(items[i] as LayoutItem, w);
      for (const t of [want - 1, want, want + 1]) out.add(t);
    } else {
      let area = 0;
      for (let g = i; g < k; g++) {
        const item = items[g] as LayoutItem;
        const cols = Math.max(1, Math.round(w / (k - i)));
        area += (item.need.headRows(cols) + FOOT_ROWS) * cols + item.need.bodyRows;
      }
      const t = Math.ceil(area / w);
      for (const d of [0, 2]) out.add(t + d);
    }
    return [...out].filter((t) => t > 0 && t < h);
  };

  const root = solve(0, n, area.cols, area.lines);
  if (root.cost === INF) return null;
  const modules: ModuleSpec[] = new Array(n);
  const build = (i: number, j: number, col: number, line: number, w: number, h: number) => {
    const b = solve(i, j, w, h);
    if (b.plan.kind === 'one') {
      modules[i] = { col, line, cols: w, lines: h };
    } else if (b.plan.kind === 'h') {
      build(i, b.plan.k, col, line, w, b.plan.t);
      build(b.plan.k, j, col, line + b.plan.t, w, h - b.plan.t);
    } else {
      build(i, b.plan.k, col, line, b.plan.a, h);
      build(b.plan.k, j, col + b.plan.a, line, w - b.plan.a, h);
    }
  };
  build(0, n, area.col, area.line, area.cols, area.lines);
  return { modules, cost: root.cost };
}
