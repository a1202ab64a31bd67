// One page: masthead (page 1) or folio, the body grid below it, fixed modules where the
// editor put them, auto-layout for the rest in the largest free rectangle, every part
// flowed by the engine, and a report of what did not fit.

import type { Story } from '../typeset';
import { DEFAULT_SETTINGS, type FontSet, type TypesetSession, typesetSession } from '../typeset';
import { autoLayout, type LayoutItem, OVERSET_COST } from './auto-layout';
import { stackNeed, stackShares } from './brief-stack';
import { chooseArrangement, composedCost } from './choose-arrangement';
import { estimateNeed, type PartNeed } from './estimate';
import { setFolio } from './folio';
import { freeRects } from './free-rect';
import { bodyGrid, moduleProblem } from './geometry';
import { GOOD_EMPTY, layoutCandidates } from './layout-orders';
import { setMasthead } from './masthead';
import { controlledStory, frameOf, frameRules } from './module-controls';
import { resolveStory } from './resolve-story';
import { moduleSetter } from './set-module';
import type {
  ComposedModule,
  ComposedPage,
  ComposePageInput,
  ModuleSpec,
  PageReport,
  Priority,
  RuleBox,
  StoryKind,
} from './types';
import { kindOf } from './types';

export interface ComposeOptions {
  /** The caches to use and fill, shared across pages and calls; else the call's own. */
  session?: TypesetSession | undefined;
}

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

interface Allocation {
  out: { r: Ready; m: ModuleSpec }[];
  /** Stories that found no room. */
  left: Ready[];
}

interface Ready {
  id: string;
  story: Story;
  priority: Priority;
  kind: StoryKind;
  module?: ModuleSpec;
  controls?: ComposePageInput['stories'][number]['controls'];
  jumpTo?: number;
  continuation?: ComposePageInput['stories'][number]['continuation'];
  order: number;
}

export function composePage(
  input: ComposePageInput,
  fonts: FontSet,
  options: ComposeOptions = {},
): ComposedPage {
  const session = typesetSession(fonts, options.session);
  const g = input.geometry;
  const settings = { ...DEFAULT_SETTINGS, ...input.settings, leading: g.leading };
  const band =
    input.page.number === 1
      ? setMasthead(g, input.paper, settings, fonts)
      : setFolio(g, input.paper, input.page, settings, fonts);
  const grid = bodyGrid(g, band.rows);
  const report: PageReport = {
    overset: [],
    emptyLines: 0,
    notPlaced: [],
    missingGlyphs: [],
    notes: [],
  };
  const missing = new Set(band.missing);

  const ready: Ready[] = [];
  input.stories.forEach((s, order) => {
    const story = resolveStory(s);
    if (!story) {
      report.notPlaced.push({ storyId: s.id, reason: 'no story text given' });
      return;
    }
    if (s.jumpTo !== undefined && s.jumpTo <= input.page.number) {
      report.notes.push(`${s.id}: a jump goes to a later page; jump to ${s.jumpTo} ignored`);
    }
    const jumpTo = s.jumpTo !== undefined && s.jumpTo > input.page.number ? s.jumpTo : undefined;
    ready.push({
      id: s.id,
      story: controlledStory(story, s.controls),
      priority: s.priority,
      kind: kindOf(s.priority, s.kind),
      module: s.module,
      controls: s.controls,
      jumpTo,
      continuation: s.continuation,
      order,
    });
  });

  // Fixed modules first: on the grid and not overlapping one another.
  const fixed: { r: Ready; m: ModuleSpec }[] = [];
  const auto: Ready[] = [];
  for (const r of ready) {
    if (!r.module) {
      auto.push(r);
      continue;
    }
    const problem =
      moduleProblem(grid, r.module) ??
      overlapProblem(
        r.module,
        fixed.map((f) => f.m),
      );
    if (problem) report.notPlaced.push({ storyId: r.id, reason: problem });
    else fixed.push({ r, m: r.module });
  }

  const needs = new Map<Ready, PartNeed>();
  const setModule = moduleSetter({
    grid,
    settings,
    fonts,
    language: input.paper.language,
    session,
    needOf: (r) => needOf(r as Ready),
  });
  const placed = [...fixed];
  if (auto.length > 0) placed.push(...layoutAuto(auto));
  // A continuation's module holds its rest, not all the free space it was given (alone on
  // a page, the search hands it the whole body): the lines below stay free for the page.
  for (const p of placed) {
    if (!p.r.continuation || p.r.module) continue;
    const want = needOf(p.r).rows(p.m.cols) + 1;
    if (want < p.m.lines) p.m = { ...p.m, lines: want };
  }

  const modules: ComposedModule[] = [];
  const rules: RuleBox[] = [...band.rules];
  for (const { r, m } of placed.sort((a, b) => a.m.line - b.m.line || a.m.col - b.m.col)) {
    const footRows = m.line + m.lines < grid.rows ? 1 : 0;
    const flowed = setModule(r, m);
    const frame = frameOf(r.controls, r.kind);
    rules.push(...frameRules(grid, m, frame, footRows));
    for (const ch of flowed.missing) missing.add(ch);
    const mod = flowed.module;
    modules.push(mod);
    if (footRows > 0 && frame !== 'box') {
      const y = mod.box.y + mod.box.height - grid.leading / 2;
      rules.push({ x1: mod.box.x, y1: y, x2: mod.box.x + mod.box.width, y2: y, weight: 0.5 });
    }
    if (mod.linesOver > 0)
      report.overset.push({ storyId: r.id, lines: mod.linesOver, chars: mod.charsOver });
    report.emptyLines += mod.linesUnder;
    for (const note of mod.notes) report.notes.push(`${r.id}: ${note}`);
  }
  const covered = placed.reduce((n, p) => n + p.m.cols * p.m.lines, 0);
  report.emptyLines += grid.columns * grid.rows - covered;
  report.missingGlyphs = [...missing];

  return {
    number: input.page.number,
    geometry: g,
    grid: { top: grid.top, rows: grid.rows, columnWidth: grid.columnWidth },
    furniture: band.boxes,
    images: band.images,
    rules,
    modules,
    report,
    outgoing: modules.flatMap((m) =>
      m.jumpTo !== undefined && m.breakToken
        ? [
            {
              storyId: m.storyId,
              toPage: m.jumpTo,
              continuation: {
                token: m.breakToken,
                fromPage: input.page.number,
                part: m.part + 1,
                headlineSize: headlineSizeOf(m),
              },
            },
          ]
        : [],
    ),
  };

  function needOf(r: Ready): PartNeed {
    let need = needs.get(r);
    if (!need) {
      need = estimateNeed(
        r.story,
        r.priority,
        r.continuation?.token ?? null,
        r.continuation?.headlineSize,
        grid,
        settings,
        fonts,
        session,
      );
      needs.set(r, need);
    }
    return need;
  }

  /**
   * The stories laid out in the free space around the fixed (pinned) modules, cut into
   * rectangles (freeRects): the largest first, with as many stories (in reading order) as
   * it holds, then the next with the rest, until every story has a module or no room is left.
   */
  function layoutAuto(stories: Ready[]): { r: Ready; m: ModuleSpec }[] {
    const pending = [...stories].sort(
      (a, b) =>
        RANK[a.priority] - RANK[b.priority] ||
        KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
        a.order - b.order,
    );
    const jumps = (r: Ready) => r.jumpTo !== undefined;
    const stacked = (r: Ready) => r.kind === 'brief' && !r.continuation && !jumps(r);
    /** Grid cells a story takes at a usual width (three columns, a brief one). */
    const cells = (r: Ready) => {
      if (jumps(r)) return 0;
      const w = r.kind === 'brief' ? 1 : r.kind === 'commentary' ? 2 : 3;
      return (needOf(r).rows(w) + 1) * w;
    };
    // The top of the page reads first: a free rectangle there at least half the size of
    // the largest takes the first stories.
    const rects = freeRects(
      grid.columns,
      grid.rows,
      fixed.map((f) => f.m),
    );
    const largest = rects[0] ? rects[0].cols * rects[0].lines : 0;
    const topFirst = rects.findIndex((f) => f.line === 0 && 2 * f.cols * f.lines >= largest);
    if (topFirst > 0) rects.unshift(...rects.splice(topFirst, 1));
    const room = rects.reduce((n, f) => n + f.cols * f.lines, 0);
    /** Stories left without room outweigh any overset, then as composedCost. */
    const costOf = (a: Allocation) =>
      a.left.length * NOT_PLACED + composedCost(a.out, room, setModule);
    let best = allocate(rects, pending, false);
    // Around pinned modules the first rectangle may take every story and leave a smaller
    // one empty (a top left corner beside a narrow pinned module): also with the smaller
    // rectangles given the last stories that fit them first, and the better as set.
    if (rects.length > 1 && costOf(best) > GOOD_EMPTY * room) {
      const reserved = allocate(rects, pending, true);
      if (costOf(reserved) < costOf(best)) best = reserved;
    }
    for (const r of best.left)
      report.notPlaced.push({ storyId: r.id, reason: 'no room on the page' });
    return best.out;

    /**
     * The stories laid out rectangle by rectangle; with `reserve`, each rectangle after the
     * first keeps the lowest priority stories whose usual area fits it for itself.
     */
    function allocate(rects: ModuleSpec[], stories: Ready[], reserve: boolean): Allocation {
      let pending = [...stories];
      const owner = new Map<Ready, ModuleSpec>();
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
      const out: { r: Ready; m: ModuleSpec }[] = [];
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
          wanted -= cells(queue.pop() as Ready);
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
  }

  /**
   * The queue laid out with its briefs stacked in one module; where that leaves text
   * overset, also with each brief a module of its own, and the better of the two.
   */
  function layoutQueue(
    queue: Ready[],
    free: ModuleSpec,
    stacked: (r: Ready) => boolean,
    jumps: (r: Ready) => boolean,
  ): { r: Ready; m: ModuleSpec }[] | null {
    const item = (r: Ready): LayoutItem => ({
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
    const inStack = layoutCandidates(items, free, CANDIDATES);
    const arrangements = inStack.map((found) => {
      const out = own.map((r, i) => ({ r, m: found.modules[i] as ModuleSpec }));
      const stack = found.modules[own.length];
      if (stack) out.push(...splitStack(briefs, briefNeeds, stack));
      return out;
    });
    const best = inStack[0];
    // The briefs each in a module of their own, where the stack leaves text overset or the
    // area more than GOOD_EMPTY empty.
    const good = GOOD_EMPTY * free.cols * free.lines;
    const single =
      briefs.length > 1 && (!best || best.cost > good) ? autoLayout(queue.map(item), free) : null;
    if (single) {
      const out = queue.map((r, i) => ({ r, m: single.modules[i] as ModuleSpec }));
      if (!best || single.cost < best.cost) arrangements.unshift(out);
      else arrangements.push(out);
    }
    return chooseArrangement(arrangements, free, setModule);
  }

  /** The briefs' stack module cut into one module per brief, top to bottom. */
  function splitStack(briefs: Ready[], briefNeeds: PartNeed[], m: ModuleSpec) {
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

function overlapProblem(m: ModuleSpec, others: ModuleSpec[]): string | undefined {
  const hit = others.some(
    (o) =>
      m.col < o.col + o.cols &&
      o.col < m.col + m.cols &&
      m.line < o.line + o.lines &&
      o.line < m.line + m.lines,
  );
  return hit ? 'module overlaps another module' : undefined;
}

/** The size of a part's headline, or of the headline it repeats. */
function headlineSizeOf(m: ComposedModule): number | undefined {
  const own = m.frame.lines.find((l) => l.kind === 'headline');
  if (own) return own.line.size;
  return m.furniture.find((f) => f.kind === 'continued-headline')?.lines[0]?.line.size;
}
