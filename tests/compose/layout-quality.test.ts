// Pages a night editor would send: generated front and inside pages, broadsheet (对开) and
// tabloid (四开), 3–9 stories with and without photos, judged from the composed page alone:
// modules tile the body, legs at least six lines, no strips, the lead on top and at least
// half the page wide with its photo across its top, a commentary one or two columns and
// ruled, briefs stacked, and the empty share of a page whose stories fit at most 3 %.

import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import { BUILTIN_TEMPLATES } from '../../src/shared/compose/builtin-templates';
import { composePage } from '../../src/shared/compose/compose-page';
import { pageQuality } from '../../src/shared/compose/layout-quality';
import { type PageTemplateData, templateFromPage } from '../../src/shared/compose/page-template';
import { planTemplateOnPage } from '../../src/shared/compose/template-on-page';
import {
  BROADSHEET,
  pageInput,
  SETTINGS,
  story,
  TABLOID,
} from '../../src/shared/compose/test-support';
import {
  kindOf,
  type PageGeometry,
  type PlacedStoryInput,
  type Priority,
  type StoryKind,
} from '../../src/shared/compose/types';
import type { Story } from '../../src/shared/typeset';

const fonts = loadFontSet();

interface Spec {
  chars: number;
  priority?: Priority;
  kind?: StoryKind;
  /** Width ÷ height of an opening photo. */
  photo?: number;
}

function page(number: number, geometry: PageGeometry, specs: Spec[], seed: number) {
  const stories = specs.map((spec, i): PlacedStoryInput => {
    const s = story(`稿${i}标题`, spec.chars, seed * 10 + i);
    if (spec.photo)
      s.blocks.unshift({ kind: 'photo', aspectRatio: spec.photo, caption: [{ text: '图为现场' }] });
    return {
      id: `稿${i}`,
      story: s,
      priority: spec.priority ?? 'normal',
      ...(spec.kind ? { kind: spec.kind } : {}),
    };
  });
  return { stories, page: composePage(pageInput(number, stories, geometry), fonts) };
}

const lead = (chars: number, photo?: number): Spec => ({
  chars,
  priority: 'lead',
  ...(photo ? { photo } : {}),
});
const brief = (chars: number): Spec => ({ chars, priority: 'brief' });

const PAGES: [string, number, PageGeometry, Spec[]][] = [
  [
    '对开 front, seven stories with a lead photo',
    1,
    BROADSHEET,
    [
      lead(1400, 2.2),
      { chars: 900, kind: 'commentary' },
      { chars: 900 },
      { chars: 1000 },
      brief(220),
      brief(260),
      brief(200),
    ],
  ],
  ['对开 inside, three stories', 2, BROADSHEET, [lead(2600), { chars: 2000 }, { chars: 1500 }]],
  [
    '对开 inside, nine stories',
    3,
    BROADSHEET,
    [
      lead(1400),
      { chars: 900 },
      { chars: 800 },
      { chars: 700 },
      { chars: 650 },
      { chars: 600 },
      brief(250),
      brief(220),
      brief(200),
    ],
  ],
  [
    '四开 front, six stories with a lead photo',
    1,
    TABLOID,
    [
      lead(1000, 1.6),
      { chars: 600 },
      { chars: 420, kind: 'commentary' },
      brief(200),
      brief(180),
      brief(120),
    ],
  ],
  [
    '四开 inside, four stories with a lead photo',
    2,
    TABLOID,
    [lead(1200, 1.8), { chars: 900 }, { chars: 600 }, brief(220)],
  ],
];

describe('layout quality', () => {
  for (const [name, number, geometry, specs] of PAGES) {
    it(name, () => {
      const { stories, page: composed } = page(number, geometry, specs, number + specs.length);
      const briefs = new Set(stories.filter((s) => s.priority === 'brief').map((s) => s.id));
      const q = pageQuality(composed, briefs);
      console.log(
        `${name}: ${composed.modules.map((m) => `${m.storyId} ${m.module.col},${m.module.line} ${m.module.cols}x${m.module.lines} o${m.linesOver} u${m.linesUnder}`).join(' | ')}; ${JSON.stringify(q)}`,
      );
      expect(composed.report.notPlaced).toEqual([]);
      expect(q.uncovered).toBe(0);
      expect(q.overlaps).toBe(0);
      expect(q.shortLegs).toEqual([]);
      expect(q.strips).toEqual([]);
      expect(q.oversetLines).toBe(0);
      expect(q.emptyShare).toBeLessThanOrEqual(0.03);
      // The lead on top, at least half the columns wide; its photo across the top, 2+ columns.
      const spec = (id: string) => specs[Number(id.slice(1))] as Spec;
      const lead = composed.modules.find((m) => spec(m.storyId).priority === 'lead');
      expect(lead?.module.line).toBe(0);
      expect(lead?.module.cols).toBeGreaterThanOrEqual(Math.ceil(geometry.columns / 2));
      if (lead && spec(lead.storyId).photo) {
        const photo = lead.photos[0];
        const column = composed.grid.columnWidth;
        expect(photo?.width).toBeGreaterThan(2 * column);
        const firstBody = Math.min(
          ...lead.frame.lines.filter((l) => l.kind === 'body').map((l) => l.baseline),
        );
        expect(photo?.y ?? 0).toBeLessThan(lead.frame.y + firstBody);
      }
      // A commentary in one or two tall columns, ruled beside; briefs one to three columns.
      for (const m of composed.modules) {
        const kind = spec(m.storyId).kind;
        if (kind === 'commentary') {
          expect(m.module.cols).toBeLessThanOrEqual(2);
          const sides = composed.rules.filter((r) => r.x1 === r.x2 && r.y1 === m.box.y);
          expect(sides.length).toBeGreaterThan(0);
        }
        if (spec(m.storyId).priority === 'brief') expect(m.module.cols).toBeLessThanOrEqual(3);
      }
    });
  }

  it('keeps a pinned module exactly and gives every other story a module around it', () => {
    const specs: Spec[] = [lead(1200), { chars: 900 }, { chars: 800 }, { chars: 700 }, brief(200)];
    const pinned = { col: 2, line: 30, cols: 3, lines: 34 };
    const stories = specs.map(
      (spec, i): PlacedStoryInput => ({
        id: `稿${i}`,
        story: story(`稿${i}标题`, spec.chars, 70 + i),
        priority: spec.priority ?? 'normal',
        ...(i === 2 ? { module: pinned } : {}),
      }),
    );
    const composed = composePage(pageInput(2, stories, BROADSHEET), fonts);
    expect(composed.report.notPlaced).toEqual([]);
    expect(composed.modules.find((m) => m.storyId === '稿2')?.module).toEqual(pinned);
    const q = pageQuality(composed, new Set(['稿4']));
    expect(q.overlaps).toBe(0);
    // Every other story has a module in the free space around the pinned one.
    expect(composed.modules.map((m) => m.storyId).sort()).toEqual([
      '稿0',
      '稿1',
      '稿2',
      '稿3',
      '稿4',
    ]);
  });

  it('gives the top left corner beside a narrow pinned module a story, not the page overset', () => {
    // The pinned module leaves a 5 x 30 corner and a 8 x 66 rectangle below: filled largest
    // first, the four stories went below (one overset) and the corner stayed empty.
    const chars = [1800, 1200, 900, 800];
    const stories = chars.map(
      (n, i): PlacedStoryInput => ({
        id: `稿${i}`,
        story: story(`稿${i}标题`, n, 80 + i),
        priority: i === 0 ? 'lead' : 'normal',
      }),
    );
    const pinned = { col: 5, line: 0, cols: 3, lines: 30 };
    stories.push({
      id: '固定',
      story: story('固定标题', 700, 99),
      priority: 'normal',
      module: pinned,
    });
    const composed = composePage(pageInput(2, stories, BROADSHEET), fonts);
    const q = pageQuality(composed, new Set());
    expect(composed.report.notPlaced).toEqual([]);
    expect(q.oversetLines).toBe(0);
    expect(q.overlaps).toBe(0);
    expect(composed.modules.find((m) => m.storyId === '固定')?.module).toEqual(pinned);
    const corner = composed.modules.find((m) => m.module.col === 0 && m.module.line === 0);
    expect(corner?.module.cols).toBe(5);
    // Short of copy for the whole page: what stays empty is under a tenth of it.
    expect(q.emptyShare).toBeLessThan(0.1);
  });
});

// Templates (版式模板) applied: a page's arrangement saved and laid onto another day's
// stories, and each built-in front page filled with a day's stories that suit it.
describe('layout quality with templates applied', () => {
  const apply = (template: PageTemplateData, stories: PlacedStoryInput[], g: PageGeometry) => {
    const probe = composePage(pageInput(1, stories, g), fonts);
    const plan = planTemplateOnPage(
      template,
      probe,
      stories.map((s) => ({
        id: s.id,
        story: s.story as Story,
        priority: s.priority,
        kind: kindOf(s.priority, s.kind),
      })),
      SETTINGS,
      fonts,
    );
    const placed = stories.map((s) => {
      const module = plan.modules.get(s.id);
      return module ? { ...s, module } : s;
    });
    return { plan, composed: composePage(pageInput(1, placed, g), fonts) };
  };
  const briefIds = (stories: PlacedStoryInput[]) =>
    new Set(stories.filter((s) => s.priority === 'brief').map((s) => s.id));

  for (const [name, , geometry, specs] of PAGES.filter(([, n]) => n === 1)) {
    it(`${name}: saved, then applied to another day's stories`, () => {
      const day1 = page(1, geometry, specs, 1 + specs.length);
      const kinds = new Map(day1.stories.map((s) => [s.id, s]));
      const template = templateFromPage(
        '要闻版',
        geometry.columns === 8 ? 'broadsheet' : 'tabloid',
        { columns: geometry.columns, rows: day1.page.grid.rows },
        true,
        day1.page.modules.map((m) => ({ ...m, photos: m.photos.length })),
        (id) => {
          const s = kinds.get(id);
          return s && { priority: s.priority, kind: kindOf(s.priority, s.kind) };
        },
      );
      expect(template.slots).toHaveLength(specs.length);
      // Another day: other text, each story about 8 % longer.
      const day2 = page(
        1,
        geometry,
        specs.map((s) => ({ ...s, chars: Math.round(s.chars * 1.08) })),
        40 + specs.length,
      ).stories;
      const { plan, composed } = apply(template, day2, geometry);
      const q = pageQuality(composed, briefIds(day2));
      expect(composed.report.notPlaced).toEqual([]);
      expect(q.uncovered).toBe(0);
      expect(q.overlaps).toBe(0);
      expect(q.shortLegs).toEqual([]);
      expect(q.strips).toEqual([]);
      expect(q.emptyShare).toBeLessThanOrEqual(0.03);
      expect(q.oversetLines).toBeLessThanOrEqual(8);
      // Each story that got a slot stands where a day-1 story of its priority and kind
      // stood, as wide (two like stories may trade places: the longer takes the larger).
      const like = (a: PlacedStoryInput | undefined, b: PlacedStoryInput | undefined) =>
        a?.priority === b?.priority && a?.kind === b?.kind;
      for (const [id, m] of plan.modules) {
        expect(composed.modules.find((x) => x.storyId === id)?.module).toEqual(m);
        const story2 = day2.find((s) => s.id === id);
        const stood = day1.page.modules.filter((x) => like(kinds.get(x.storyId), story2));
        expect(stood.some((x) => x.module.col === m.col && x.module.cols === m.cols)).toBe(true);
      }
      expect(plan.modules.size).toBe(specs.filter((s) => s.priority !== 'brief').length);
    });
  }

  for (const template of BUILTIN_TEMPLATES) {
    it(`built-in ${template.name} filled with a day's stories that suit it`, () => {
      const g = template.paper === 'broadsheet' ? BROADSHEET : TABLOID;
      const rows = template.paper === 'broadsheet' ? 89 : 63;
      const perLine = template.paper === 'broadsheet' ? 13 : 11;
      const stories: PlacedStoryInput[] = [];
      template.slots.forEach((slot, i) => {
        const lines = Math.round((slot.module.lines * rows) / 100);
        if (slot.kind === 'brief') {
          for (let b = 0; b < 3; b++)
            stories.push({
              id: `简${b}`,
              story: story(
                `简讯${b}`,
                Math.round(lines * slot.module.cols * perLine * 0.2),
                50 + b,
              ),
              priority: 'brief',
            });
          return;
        }
        const photoLines = slot.photo ? Math.round(lines * 0.4) : 0;
        const chars = Math.round(slot.module.cols * (lines - photoLines - 9) * perLine * 0.9);
        const s = story(`稿${i}标题`, chars, 20 + i);
        if (slot.photo)
          s.blocks.unshift({
            kind: 'photo',
            aspectRatio: (slot.module.cols * 45) / (photoLines * 5),
            caption: [{ text: '图为现场' }],
          });
        stories.push({ id: `稿${i}`, story: s, priority: slot.priority, kind: slot.kind });
      });
      const { plan, composed } = apply(template, stories, g);
      expect(composed.grid.rows).toBe(rows);
      const q = pageQuality(composed, briefIds(stories));
      expect(composed.report.notPlaced).toEqual([]);
      expect(q.uncovered).toBe(0);
      expect(q.overlaps).toBe(0);
      expect(q.emptyShare).toBeLessThanOrEqual(0.03);
      expect(q.oversetLines).toBeLessThanOrEqual(6);
      // Every slot but the briefs' holds the story of its priority and kind, as wide.
      template.slots.forEach((slot, i) => {
        if (slot.kind === 'brief') return;
        const m = plan.modules.get(`稿${i}`);
        expect(m?.cols).toBe(
          Math.round(((slot.module.col + slot.module.cols) * g.columns) / template.columns) -
            Math.round((slot.module.col * g.columns) / template.columns),
        );
      });
      // The lead on top, at least half the columns wide.
      const lead = composed.modules.find(
        (m) => stories.find((s) => s.id === m.storyId)?.priority === 'lead',
      );
      expect(lead?.module.line).toBe(0);
      expect(lead?.module.cols).toBeGreaterThanOrEqual(g.columns / 2);
    });
  }
});
