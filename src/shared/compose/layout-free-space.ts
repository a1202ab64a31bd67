// Auto-layout of a page's free space: the body around the fixed (pinned) modules cut into
// rectangles (free-rect.ts), each laid out with the stories it holds by the guillotine
// search over candidate orders (layout-orders.ts), briefs stacked or one by one, and each
// choice made on the arrangement as set (choose-arrangement.ts).

import {
  autoLayout,
  GOOD_EMPTY,
  type LayoutItem,
  type LayoutResult,
  OVERSET_COST,
} from './auto-layout';
import { stackNeed, stackShares } from './brief-stack';
import { chooseArrangement, composedCost } from './choose-arrangement';
import type { PartNeed } from './estimate';
import { freeRects } from './free-rect';
import { layoutCandidates } from './layout-orders';
import type { ModuleSetter, ModuleStory } from './set-module';
import type { ModuleSpec, Priority, StoryKind } from './types';

const RANK: Record<Priority, number> = { lead: 0, normal: 1, brief: 2 };
/** Reading order within a priority: news and photo stories, then commentary, then briefs. */
const KIND_RANK: Record<StoryKind, number> = { news: 0, photo: 0, commentary: 1, brief: 2 };
/** Stories auto-layout searches at most on one page (a city daily's page has 4–10). */
const MAX_AUTO = 10;
/** Arrangements of a free rectangle set and compared where the best by estimate sets badly. */
const CANDIDATES = 4;
/** A story left without room weighs more than any arrangement's overset. */
const NOT_PLACED = 100 * OVERSET_COST;
/** Wanted area over free area beyond which the lowest priority stories wait. */
const OVERFILL = 1.5;

/** A story for auto-layout: its place in the input breaks ties of reading order. */
export interface FreeStory extends ModuleStory {
  order: number;
}

export interface FreeSpaceContext<R extends FreeStory> {
  grid: { columns: number; rows: number };
  /** The fixed modules' rectangles. */
  fixed: ModuleSpec[];
  needOf: (r: R) => PartNeed;
  setModule: ModuleSetter;
}

export interface Allocation<R> {
  out: { r: R; m: ModuleSpec }[];
  /** Stories that found no room. */
  left: R[];
}

/**
 * The stories laid out in the free space around the fixed (pinned) modules, cut into
 * rectangles (freeRects): the largest first, with as many stories (in reading order) as
 * it holds, then the next with the rest, until every story has a module or no room is left.
 */
export function layoutFreeSpace<R extends FreeStory>(
  stories: R[],
  ctx: FreeSpaceContext<R>,
): Allocation<R> {
  const { grid, fixed, needOf, setModule } = ctx;
  const pending = [...stories].sort(
    (a, b) =>
      RANK[a.priority] - RANK[b.priority] ||
      KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
      a.order - b.order,
  );
  const jumps = (r: R) => r.jumpTo !== undefined;
  const stacked = (r: R) => r.kind === 'brief' && !r.continuation && !jumps(r);
  /** Grid cells a story takes at a usual width (three columns, a brief one). */
  const cells = (r: R) => {
    if (jumps(r)) return 0;
    const w = r.kind === 'brief' ? 1 : r.kind === 'commentary' ? 2 : 3;
    return (needOf(r).rows(w) + 1) * w;
  };
  // The top of the page reads first: a free rectangle there at least half the size of
  // the largest takes the first stories.
  const rects = freeRects(grid.columns, grid.rows, fixed);
  const largest = rects[0] ? rects[0].cols * rects[0].lines : 0;
  const topFirst = rects.findIndex((f) => f.line === 0 && 2 * f.cols * f.lines >= largest);
  if (topFirst > 0) rects.unshift(...rects.splice(topFirst, 1));
  const room = rects.reduce((n, f) => n + f.cols * f.lines, 0);
  /** Stories left without room outweigh any overset, then as composedCost. */
  const costOf = (a: Allocation<R>) =>
    a.left.length * NOT_PLACED + composedCost(a.out, room, setModule);
  let best = allocate(rects, pending, false);
  // Around pinned modules the first rectangle may take every story and leave a smaller
  // one empty (a top left corner beside a narrow pinned module): also with the smaller
  // rectangles given the last stories that fit them first, and the better as set.
  if (rects.length > 1 && costOf(best) > GOOD_EMPTY * room) {
    const reserved = allocate(rects, pending, true);
    if (costOf(reserved) < costOf(best)) best = reserved;
  }
  return best;

  /**
   * The stories laid out rectangle by rectangle; with `reserve`, each rectangle after the
   * first keeps the lowest priority stories whose usual area fits it for itself.
   */
  function allocate(rects: ModuleSpec[], stories: R[], reserve: boolean): Allocation<R> {
    let pending = [...stories];
    const owner = new Map<R, ModuleSpec>();
    if (reserve) {
      for (const free of rects.slice(1)) {
        let left = free.cols * free.lines;
        for (const r of [...stories].reverse()) {
          if (r === stories[0] || owner.has(r) || jumps(r) || cells(r) > left) continue;
          owner.set(r, free);
          left -= cells(r);
        }
      }
    }
    const out: { r: R; m: ModuleSpec }[] = [];
    let freeLeft = room;
    for (const free of rects) {
      if (pending.length === 0) break;
      const area = free.cols * free.lines;
      freeLeft -= area;
      // Far more text than room (or more stories than the search takes): the lowest
      // priority stories wait for the next free rectangle, or find no room.
      const limit = freeLeft > 0 ? area : OVERFILL * area;
      let queue = pending.filter((r) => (owner.get(r) ?? free) === free);
      let wanted = queue.reduce((n, r) => n + cells(r), 0);
      while (queue.length > 1 && (queue.length > MAX_AUTO || wanted > limit)) {
        wanted -= cells(queue.pop() as R);
      }
      // Drop the last (lowest priority) story until the rest fit the free space.
      while (queue.length > 0) {
        const placed = layoutQueue(queue, free, stacked, jumps);
        if (placed) {
          out.push(...placed);
          break;
        }
        queue = queue.slice(0, -1);
      }
      const done = new Set(queue);
      pending = pending.filter((r) => !done.has(r));
      // A story kept for this rectangle and not placed in it may go in a later one.
      for (const r of pending) if (owner.get(r) === free) owner.delete(r);
    }
    return { out, left: pending };
  }

  /**
   * The queue laid out with its briefs stacked in one module; where that leaves text
   * overset, also with each brief a module of its own, and the better of the two.
   */
  function layoutQueue(
    queue: R[],
    free: ModuleSpec,
    stacked: (r: R) => boolean,
    jumps: (r: R) => boolean,
  ): { r: R; m: ModuleSpec }[] | null {
    const item = (r: R): LayoutItem => ({
      need: needOf(r),
      priority: r.priority,
      kind: r.kind,
      jumps: jumps(r),
    });
    const own = queue.filter((r) => !stacked(r));
    const briefs = queue.filter(stacked);
    const briefNeeds = briefs.map(needOf);
    const items = own.map(item);
    if (briefs.length > 0)
      items.push({ need: stackNeed(briefNeeds), priority: 'brief', kind: 'brief', jumps: false });
    const placements = (found: LayoutResult) => {
      const out = own.map((r, i) => ({ r, m: found.modules[i] as ModuleSpec }));
      const stack = found.modules[own.length];
      if (stack) out.push(...splitStack(briefs, briefNeeds, stack));
      return out;
    };
    const good = GOOD_EMPTY * free.cols * free.lines;
    let settled = false;
    const settles = (found: LayoutResult) => {
      settled = composedCost(placements(found), free.cols * free.lines, setModule) <= good;
      return settled;
    };
    const inStack = layoutCandidates(items, free, CANDIDATES, settles);
    const arrangements = inStack.map(placements);
    const best = inStack[0];
    // The briefs each in a module of their own, where the stack leaves text overset or the
    // area more than GOOD_EMPTY empty.
    const single =
      briefs.length > 1 && !settled && (!best || best.cost > good)
        ? autoLayout(queue.map(item), free)
        : null;
    if (single) {
      const out = queue.map((r, i) => ({ r, m: single.modules[i] as ModuleSpec }));
      if (!best || single.cost < best.cost) arrangements.unshift(out);
      else arrangements.push(out);
    }
    return chooseArrangement(arrangements, free, setModule);
  }

  /** The briefs' stack module cut into one module per brief, top to bottom. */
  function splitStack(briefs: R[], briefNeeds: PartNeed[], m: ModuleSpec) {
    const foot = m.line + m.lines < grid.rows ? 1 : 0;
    const shares = stackShares(briefNeeds, m.cols, m.lines - foot, true);
    let line = m.line;
    return briefs.map((r, i) => {
      const last = i === briefs.length - 1;
      const lines = last ? m.line + m.lines - line : (shares[i] ?? 0) + 1;
      const out = { r, m: { col: m.col, line, cols: m.cols, lines } };
      line += lines;
      return out;
    });
  }
}
