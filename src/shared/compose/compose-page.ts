// One page: masthead (page 1) or folio, the body grid below it, fixed modules where the
// editor put them, auto-layout for the rest in the largest free rectangle, every part
// flowed by the engine, and a report of what did not fit.

import type { Story } from '../typeset';
import { DEFAULT_SETTINGS, type FontSet, type TypesetSession, typesetSession } from '../typeset';
import { estimateNeed, type PartNeed } from './estimate';
import { pullQuoteRules } from './fill-pull-quote';
import { setFolio } from './folio';
import { bodyGrid, moduleProblem } from './geometry';
import { layoutFreeSpace } from './layout-free-space';
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
  if (auto.length > 0) {
    const laid = layoutFreeSpace(auto, { grid, fixed: fixed.map((f) => f.m), needOf, setModule });
    placed.push(...laid.out);
    for (const r of laid.left)
      report.notPlaced.push({ storyId: r.id, reason: 'no room on the page' });
  }
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
    rules.push(...frameRules(grid, m, frame, footRows), ...pullQuoteRules(flowed.module, grid));
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
