// One page: masthead (page 1) or folio, the body grid below it, fixed modules where the
// editor put them, auto-layout for the rest in the largest free rectangle, every part
// flowed by the engine, and a report of what did not fit.

import type { Story } from '../typeset';
import { DEFAULT_SETTINGS, type FontSet, type PreparedText, type StoryBlock } from '../typeset';
import { autoLayout, type LayoutItem } from './auto-layout';
import { estimateNeed } from './estimate';
import { flowPart } from './flow-part';
import { setFolio } from './folio';
import { largestFreeRect, occupancy } from './free-rect';
import { bodyGrid, moduleProblem } from './geometry';
import { setMasthead } from './masthead';
import { leadPhotoAcross, resolveStory } from './resolve-story';
import type {
  ComposedModule,
  ComposedPage,
  ComposePageInput,
  ModuleSpec,
  PageReport,
  Priority,
  RuleBox,
} from './types';

export interface ComposeOptions {
  /** Prepared paragraphs by block, shared across pages and calls while texts hold. */
  cache?: Map<StoryBlock, PreparedText>;
}

const RANK: Record<Priority, number> = { lead: 0, normal: 1, brief: 2 };
/** Stories auto-layout searches at most on one page (a city daily's page has 4–10). */
const MAX_AUTO = 10;
/** Wanted area over free area beyond which the lowest priority stories wait. */
const OVERFILL = 1.5;

interface Ready {
  id: string;
  story: Story;
  priority: Priority;
  module?: ModuleSpec;
  jumpTo?: number;
  continuation?: ComposePageInput['stories'][number]['continuation'];
  order: number;
}

export function composePage(
  input: ComposePageInput,
  fonts: FontSet,
  options: ComposeOptions = {},
): ComposedPage {
  const cache = options.cache ?? new Map<StoryBlock, PreparedText>();
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
      story,
      priority: s.priority,
      module: s.module,
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

  const placed = [...fixed];
  if (auto.length > 0) placed.push(...layoutAuto(auto));

  const modules: ComposedModule[] = [];
  const rules: RuleBox[] = [...band.rules];
  for (const { r, m } of placed.sort((a, b) => a.m.line - b.m.line || a.m.col - b.m.col)) {
    const footRows = m.line + m.lines < grid.rows ? 1 : 0;
    const story = r.continuation
      ? r.story
      : leadPhotoAcross(r.story, r.priority === 'lead' ? m.cols : 1);
    const flowed = flowPart(
      {
        id: r.id,
        story,
        priority: r.priority,
        module: m,
        jumpTo: r.jumpTo,
        continuation: r.continuation,
      },
      { grid, settings, fonts, language: input.paper.language, cache, footRows },
    );
    for (const ch of flowed.missing) missing.add(ch);
    const mod = flowed.module;
    modules.push(mod);
    if (footRows > 0) {
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

  function layoutAuto(stories: Ready[]): { r: Ready; m: ModuleSpec }[] {
    const free = largestFreeRect(
      occupancy(
        grid.columns,
        grid.rows,
        fixed.map((f) => f.m),
      ),
      grid.columns,
      grid.rows,
    );
    let queue = [...stories].sort(
      (a, b) => RANK[a.priority] - RANK[b.priority] || a.order - b.order,
    );
    const items = queue.map(
      (r): LayoutItem => ({
        need: estimateNeed(
          r.story,
          r.priority,
          r.continuation?.token ?? null,
          r.continuation?.headlineSize,
          grid,
          settings,
          fonts,
          cache,
        ),
        priority: r.priority,
        jumps: r.jumpTo !== undefined,
      }),
    );
    // Far more text than room (or more stories than the search takes): the lowest
    // priority stories wait, before the search, so it stays fast.
    const room = free ? free.cols * free.lines : 0;
    const cells = (item: LayoutItem) =>
      item.jumps ? 0 : item.need.bodyRows + (item.need.headRows(2) + 1) * 2;
    let wanted = items.reduce((n, item) => n + cells(item), 0);
    while (queue.length > 1 && (queue.length > MAX_AUTO || wanted > OVERFILL * room)) {
      const dropped = queue.pop() as Ready;
      wanted -= cells(items[queue.length] as LayoutItem);
      report.notPlaced.push({ storyId: dropped.id, reason: 'no room on the page' });
    }
    // Drop the last (lowest priority) story until the rest fit the free space.
    while (queue.length > 0 && free) {
      const result = autoLayout(items.slice(0, queue.length), free);
      if (result) return queue.map((r, i) => ({ r, m: result.modules[i] as ModuleSpec }));
      const dropped = queue[queue.length - 1] as Ready;
      report.notPlaced.push({ storyId: dropped.id, reason: 'no room on the page' });
      queue = queue.slice(0, -1);
    }
    for (const r of queue) report.notPlaced.push({ storyId: r.id, reason: 'no room on the page' });
    return [];
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
