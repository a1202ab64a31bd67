// Auto-layout: a guillotine (slicing) search over the free rectangle, after the grid
// layouts of newspaper pages studied by Strecker & Hennig (stories in several size
// variants, a fitness of fill and rules) but exhaustive over cuts rather than annealed.
// Stories come in reading order (lead, news, commentary, the briefs' stack); each cut puts
// the first group at the top or the left, so the lead reads first. Each module is scored
// on the exact replay of the column flow (estimate.ts): an overset story costs far more
// than anything else, then each overset line, then each empty line. Page rules are hard
// where they can always hold (no news story wider than legs of six lines can fill, a
// commentary one or two columns, the lead at least half the page wide and nothing beside
// it wider; below it a story may span more, as a bottom story across the page does) and
// weighed where they cannot (an empty or short last leg). Heights are justified: a spanning photo is
// cropped taller or wider and a headline takes a line or two of air (verticalAdjust), so
// the page fills without empty legs.

import type { PartNeed } from './estimate';
import type { ModuleSpec, Priority, StoryKind } from './types';
import { justifiedLines, justifyIn } from './vertical-justify';

export interface LayoutItem {
  need: PartNeed;
  priority: Priority;
  kind: StoryKind;
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
/** A layout costing this or more leaves text overset. */
export const OVERSET_COST = OVER_STORY;
/** An arrangement leaving at most this share of its area empty (and nothing overset) is kept. */
export const GOOD_EMPTY = 0.03;
export const OVER_RANK: Record<Priority, number> = {
  lead: 300_000,
  normal: 200_000,
  brief: 100_000,
};
export const OVER_WEIGHT = 50;
/** A leg (a story's text in one column) is at least this many lines, briefs aside. */
export const MIN_LEG = 6;
/** A story that jumps keeps at least this many lines per leg on its first page. */
const MIN_JUMP_LEG = 10;
/** A column of the module left without text, and a last leg shorter than MIN_LEG. */
const EMPTY_LEG = 5_000;
const SHORT_LEG = 400;
/** Body lines a brief's module holds at least. */
const MIN_BRIEF_ROWS = 2;
const FOOT_ROWS = 1;
const INF = Number.POSITIVE_INFINITY;

/** A plan is packed in one number: kind (0 one, 1 top/bottom, 2 left/right), k, t or a. */
const ONE = 0;
const TOP = 1;
const LEFT = 2;
const pack = (kind: number, k: number, x: number) => (x * 64 + k) * 4 + kind;

/**
 * Solved sub-areas, kept across searches of the same stories in other orders: a run of
 * stories is known by its sequence (not its place in the order), and a plan's cut by its
 * offset in the run, so an order sharing a run with another reuses what that one solved.
 */
interface Memo {
  cost: Map<number, number>;
  plan: Map<number, number>;
  /** Grid cells a run of stories wants at a width (groupArea). */
  areas: Map<number, number>;
  /** Small ids of the stories and of the runs of them met so far. */
  items: Map<LayoutItem, number>;
  runs: Map<string, number>;
}

function newMemo(): Memo {
  return { cost: new Map(), plan: new Map(), areas: new Map(), items: new Map(), runs: new Map() };
}

/**
 * Widest module a story may take: legs of MIN_LEG lines at least; a commentary two
 * columns; the briefs' stack one column, or a box of up to three.
 */
export function maxWidth(item: LayoutItem): number {
  if (item.kind === 'brief') return 3;
  if (item.kind === 'commentary') return 2;
  if (item.priority === 'lead') return 64;
  return Math.max(1, Math.floor(item.need.bodyRows / MIN_LEG));
}

/**
 * Vertical justification of a part in a module `lines` deep (foot excluded), in grid lines
 * (vertical-justify.ts): positive where the module is deeper than the text (a spanning
 * photo cropped taller, the headline's air), negative where it is shallower (the photo
 * cropped wider, the headline stack set tight). The text then flows in `lines - adjust`.
 */
export function verticalAdjust(need: PartNeed, w: number, lines: number): number {
  return justifiedLines(need, w, justifyIn(need, w, lines));
}

/** Cost of one story in a w x h module (grid lines and columns); `bottom`: no foot. */
function scoreOne(item: LayoutItem, w: number, h: number, bottom: boolean): number {
  const lines = h - (bottom ? 0 : FOOT_ROWS);
  const brief = item.kind === 'brief';
  const minLeg = brief ? MIN_BRIEF_ROWS : item.jumps ? MIN_JUMP_LEG : MIN_LEG;
  if (lines - item.need.headRows(w) < minLeg) return INF;
  if (w > maxWidth(item)) return INF;
  const g = verticalAdjust(item.need, w, lines);
  const fit = item.need.fitIn(w, lines - g);
  if (item.jumps) return fit.over > 0 ? 0 : fit.under + w;
  let cost =
    (fit.over > 0 ? OVER_STORY + OVER_RANK[item.priority] + fit.over * OVER_WEIGHT : 0) + fit.under;
  if (!brief && fit.over === 0) {
    if (fit.legs < w) cost += EMPTY_LEG * (w - fit.legs);
    else if (w > 1 && fit.lastLeg < MIN_LEG) cost += SHORT_LEG;
  }
  return cost;
}

/** Module lines a story wants at width w (its text, and the foot below). */
function wantRows(item: LayoutItem, w: number): number {
  return item.need.rows(w) + FOOT_ROWS;
}

/** Narrowest module for a story: a brief or commentary may take one column, the others two. */
function minWidth(item: LayoutItem, narrow: boolean): number {
  return narrow || item.kind === 'brief' || item.kind === 'commentary' ? 1 : 2;
}

/**
 * Counts the search's work (sub-areas solved), so callers can bound further searches, and
 * keeps what it solved for them (the same stories in other orders).
 */
export interface SearchMeter {
  work: number;
  memo?: Memo;
}

export function autoLayout(
  items: LayoutItem[],
  area: ModuleSpec,
  meter: SearchMeter = { work: 0 },
): LayoutResult | null {
  const n = items.length;
  if (n === 0) return { modules: [], cost: 0 };
  // Two columns at least for the lead and normal stories; one where nothing fits so, or
  // where two leave text overset or the area more than GOOD_EMPTY empty (a news story of
  // one column beside a commentary rather than a brief's column half empty). One column
  // wins over two only where it leaves nothing overset: a page that needs a jump anyway
  // keeps its stories two columns wide, rather than one squeezed to a column whose overset
  // then looks the longest (and is proposed to jump) or a jumping story given a single leg.
  const wide = search(items, area, false, meter);
  const good = GOOD_EMPTY * area.cols * area.lines;
  const narrow = !wide || wide.cost > good ? search(items, area, true, meter) : null;
  const whole =
    narrow && (!wide || (narrow.cost < OVERSET_COST && narrow.cost < wide.cost)) ? narrow : wide;
  // Empty legs and no overset: too little copy for the area; maybe better at its own size.
  if (whole && (whole.cost < EMPTY_LEG || whole.cost >= OVERSET_COST)) return whole;
  // Only where the stories fit: too much copy is the caller's to settle (a story left for
  // the next free space, or a jump), not a corner of the page set overset.
  const part = partArea(items, area, meter);
  const fits = part !== null && part.cost < OVERSET_COST;
  return fits && (!whole || part.cost < whole.cost) ? part : whole;
}

/** Depths tried over what the stories want (a short story still takes legs of MIN_LEG). */
const PART_DEPTHS = 4;

/**
 * Too little copy to tile the area (one short story on an empty page, at four o'clock):
 * the stories are laid out at their own size in the area's top left corner, and the rest of
 * the area stays empty (the page reports it), rather than the stories being left off the
 * page or stretched into legs of a few lines. Of each width the shallowest layout that
 * holds; the best of them counting the area left uncovered as empty lines.
 */
function partArea(items: LayoutItem[], area: ModuleSpec, meter: SearchMeter): LayoutResult | null {
  let best: LayoutResult | null = null;
  for (let cols = area.cols; cols >= 1; cols--) {
    const cells = items.reduce((n, item) => {
      const w = Math.max(1, Math.min(cols, maxWidth(item)));
      return n + wantRows(item, w) * w;
    }, 0);
    const want = Math.ceil(cells / cols);
    // Copy enough to fill the area: not too little copy but too much for its rules (legs,
    // widths); the caller leaves a story for later or jumps it, never a corner empty.
    if (cols === area.cols && want >= area.lines) return null;
    const depths = Array.from({ length: MIN_LEG + PART_DEPTHS + 1 }, (_, d) => want + d);
    // The whole area (full width, full depth) is what the caller searched already.
    const full = cols < area.cols ? [area.lines] : [];
    for (const lines of [...depths.filter((h) => h < area.lines), ...full]) {
      const part = { ...area, cols, lines };
      const found = search(items, part, false, meter) ?? search(items, part, true, meter);
      if (!found) continue;
      const cost = found.cost + area.cols * area.lines - cols * lines;
      if (!best || cost < best.cost) best = { modules: found.modules, cost };
      break;
    }
  }
  return best;
}

function search(
  items: LayoutItem[],
  area: ModuleSpec,
  narrow: boolean,
  meter: SearchMeter,
): LayoutResult | null {
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
  meter.memo ??= newMemo();
  const memo = meter.memo;
  const before = memo.cost.size;
  for (const leadW of widths) {
    const run = searchRun(items, area, leadFirst ? leadW : area.cols, leadFirst, narrow, memo);
    if (run && (!best || run.cost < best.cost)) best = run;
  }
  meter.work += memo.cost.size - before;
  return best;
}

function searchRun(
  items: LayoutItem[],
  area: ModuleSpec,
  leadW: number,
  leadFirst: boolean,
  narrow: boolean,
  memo: Memo,
): LayoutResult | null {
  const n = items.length;
  const gridRows = items[0]?.need.gridRows ?? 0;
  const item = (i: number) => items[i] as LayoutItem;
  const ids = items.map((it) => {
    let id = memo.items.get(it);
    if (id === undefined) {
      id = memo.items.size;
      memo.items.set(it, id);
    }
    return id;
  });
  /** Id of the run of stories [i, j) (stories < 16). */
  const runIds = new Int32Array(256).fill(-1);
  const run = (i: number, j: number): number => {
    const rk = i * 16 + j;
    let id = runIds[rk] as number;
    if (id < 0) {
      const seq = ids.slice(i, j).join();
      id = memo.runs.get(seq) ?? memo.runs.size;
      memo.runs.set(seq, id);
      runIds[rk] = id;
    }
    return id;
  };
  // Small integer keys (columns < 32, lines up to the grid's) stay fast in a Map. The first
  // story (the lead) is first in every order, so a run starting at 0 is the one holding it;
  // only that run depends on the lead's width (a story below the lead may be wider: a
  // tall commentary beside the lead, the rest across the page under both).
  const lines = Math.max(gridRows, area.lines) + 1;
  const key = (i: number, j: number, w: number, h: number, b: boolean) => {
    const lw = i === 0 ? leadW : 0;
    return (
      ((((run(i, j) * 32 + w) * 32 + lw) * lines + h) * 2 + (b ? 1 : 0)) * 2 + (narrow ? 1 : 0)
    );
  };

  const solve = (i: number, j: number, w: number, h: number, b: boolean): number => {
    const k0 = key(i, j, w, h, b);
    const hit = memo.cost.get(k0);
    if (hit !== undefined) return hit;
    let best = INF;
    let plan = pack(ONE, 0, 0);
    const isLead = leadFirst && i === 0;
    if (j - i === 1) {
      const ok = (!isLead || w === leadW) && w >= minWidth(item(i), narrow);
      best = ok ? scoreOne(item(i), w, h, b) : INF;
    } else {
      // Top/bottom: the first story (or first group) on top, the rest below.
      for (let k = i + 1; k < j; k++) {
        const single = k === i + 1;
        // A story alone across the whole width: out where it may not be that wide.
        if (single && (w > maxWidth(item(i)) || w < minWidth(item(i), narrow))) continue;
        if (j - k === 1 && (w > maxWidth(item(k)) || w < minWidth(item(k), narrow))) continue;
        const want = single ? wantRows(item(i), w) : Math.ceil(groupArea(i, k, w) / w);
        const rest = h - Math.ceil(groupArea(k, j, w) / w);
        // What the top wants (a line less or more), or leaving the rest what it wants.
        const grow = single ? item(i).need.grow(w) + item(i).need.headAir : 0;
        const ts = [want, want - 1, want + 1, rest, rest - 1, rest + 1];
        const shrink = single ? item(i).need.shrink(w) + item(i).need.tighten(w) : 0;
        if (grow > 1) ts.push(want + Math.ceil(grow / 2), want + grow);
        if (shrink > 1) ts.push(want - Math.ceil(shrink / 2), want - shrink);
        for (let at = 0; at < ts.length; at++) {
          const t = ts[at] as number;
          if (t <= 0 || t >= h || ts.indexOf(t) < at) continue;
          const top = solve(i, k, w, t, false);
          // No cost is negative: a top costing the best so far cannot make a better one.
          if (top >= best) continue;
          const cost = top + solve(k, j, w, h - t, b);
          if (cost < best) {
            best = cost;
            plan = pack(TOP, k - i, t);
          }
        }
      }
      // Left/right: the first group in the left columns, the rest to the right; a group
      // takes about its share of the area (a single story may take any width).
      for (let k = i + 1; k < j; k++) {
        const share = k === i + 1 ? 0 : Math.round((w * groupArea(i, k, w)) / groupArea(i, j, w));
        const lo = k === i + 1 ? minWidth(item(i), narrow) : 1;
        const hi = k === i + 1 ? Math.min(w - 1, maxWidth(item(i))) : w - 1;
        const rightOne = j - k === 1;
        for (let a = lo; a <= hi; a++) {
          if (isLead && a !== leadW && k === i + 1) continue;
          if (share > 0 && Math.abs(a - share) > 1) continue;
          if (rightOne && (w - a > maxWidth(item(k)) || w - a < minWidth(item(k), narrow)))
            continue;
          const left = solve(i, k, a, h, b);
          if (left >= best) continue;
          const cost = left + solve(k, j, w - a, h, b);
          if (cost < best) {
            best = cost;
            plan = pack(LEFT, k - i, a);
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
    const ak = (run(i, k) * 32 + w) * 2 + (narrow ? 1 : 0);
    const hit = memo.areas.get(ak);
    if (hit !== undefined) return hit;
    let cells = 0;
    const share = Math.max(1, Math.round(w / (k - i)));
    for (let g = i; g < k; g++) {
      const cols = Math.min(w, maxWidth(item(g)), Math.max(share, minWidth(item(g), narrow)));
      cells += wantRows(item(g), cols) * cols;
    }
    memo.areas.set(ak, cells);
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
    const k = i + (Math.floor(plan / 4) % 64);
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
