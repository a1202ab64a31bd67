// The editor's module controls honoured by composition: each control on a story in a
// pinned 4 × 60 module of a broadsheet page 2, checked on the composed lines, photo
// rectangles and rules, and the crop on the display list both painters draw from.

import { describe, expect, it } from 'vitest';
import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import { composePage } from '../../src/shared/compose/compose-page';
import { BROADSHEET, pageInput, story } from '../../src/shared/compose/test-support';
import type {
  ComposedPage,
  PlacedStoryInput,
  Priority,
  StoryKind,
} from '../../src/shared/compose/types';
import { buildDisplayPage } from '../../src/shared/display/build-display-list';
import type { ModuleControls } from '../../src/shared/model/module-controls';
import { rowsFor } from '../../src/shared/typeset/baseline-grid';

const fonts = loadFontSet();
const MODULE = { col: 0, line: 0, cols: 4, lines: 60 };
const HEADLINE = '全市老旧小区改造全面启动惠及居民四万余户工程预计明年年底前完工';
const ASPECT = 1.5;

function compose(
  controls?: ModuleControls,
  o: { priority?: Priority; kind?: StoryKind; photo?: boolean } = {},
): ComposedPage {
  const s = story(HEADLINE, 2400, 3);
  if (o.photo !== false)
    s.blocks.unshift({
      kind: 'photo',
      aspectRatio: ASPECT,
      caption: [{ text: '图为现场' }],
      id: 'photo-hash',
    });
  const placed: PlacedStoryInput = {
    id: '甲',
    story: s,
    priority: o.priority ?? 'lead',
    module: MODULE,
    ...(o.kind ? { kind: o.kind } : {}),
    ...(controls ? { controls } : {}),
  };
  return composePage(pageInput(2, [placed]), fonts);
}

const only = (page: ComposedPage) => {
  const m = page.modules[0];
  if (!m) throw new Error('no module');
  return m;
};
/** Rules to a micro-point, so sums taken in another order compare equal. */
const micro = (rules: ComposedPage['rules']) =>
  rules.map((r) => ({
    x1: Math.round(r.x1 * 1e6) / 1e6,
    y1: Math.round(r.y1 * 1e6) / 1e6,
    x2: Math.round(r.x2 * 1e6) / 1e6,
    y2: Math.round(r.y2 * 1e6) / 1e6,
    weight: r.weight,
  }));
const headlines = (page: ComposedPage) =>
  only(page).frame.lines.filter((l) => l.kind === 'headline');

describe('module controls', () => {
  const plain = compose();
  const grid = plain.grid;
  const gutter = BROADSHEET.gutter;
  const leading = BROADSHEET.leading;
  const span = (n: number) => n * grid.columnWidth + (n - 1) * gutter;

  it('sets the headline at the size the editor gave, in the weight chosen', () => {
    expect(headlines(plain).map((l) => l.line.size)).toEqual([30, 30]);
    const sized = compose({ headlineSize: 40 });
    expect(headlines(sized).map((l) => l.line.size)).toEqual([40, 40, 40]);
    expect(new Set(headlines(plain).flatMap((l) => l.line.glyphs.map((g) => g.font)))).toEqual(
      new Set(['sans-700']),
    );
    const regular = compose({ headlineWeight: 'regular' });
    expect(new Set(headlines(regular).flatMap((l) => l.line.glyphs.map((g) => g.font)))).toEqual(
      new Set(['sans-400']),
    );
  });

  it('fills the number of headline lines the editor chose', () => {
    const one = headlines(compose({ headlineLines: 1 }));
    const three = headlines(compose({ headlineLines: 3 }));
    expect(one.map((l) => l.line.size)).toEqual([15]);
    expect(three.map((l) => l.line.size)).toEqual([40.5, 40.5, 40.5]);
  });

  it('spans the photo over the columns chosen, at the top or inset in the text', () => {
    const body = (page: ComposedPage, column: number) =>
      only(page).frame.lines.filter((l) => l.kind === 'body' && l.column === column);
    const top = compose({ photoColumns: 2 });
    const photo = only(top).photos[0];
    const headRows = Math.min(...body(top, 2).map((l) => l.row));
    const imageRows = rowsFor(span(2) / ASPECT, leading);
    expect(photo).toMatchObject({ x: 0, y: headRows * leading, width: span(2) });
    expect(photo?.height).toBe(imageRows * leading);
    // Columns 1–2 start under the photo and its caption line; 3–4 right under the headline.
    expect(Math.min(...body(top, 0).map((l) => l.row))).toBe(headRows + imageRows + 1);
    expect(Math.min(...body(top, 1).map((l) => l.row))).toBe(headRows + imageRows + 1);
    expect(Math.min(...body(top, 3).map((l) => l.row))).toBe(headRows);

    const inset = compose({ photoColumns: 2, photoPlace: 'inset' });
    const right = only(inset).photos[0];
    expect(right).toMatchObject({ x: 2 * (grid.columnWidth + gutter), width: span(2) });
    expect(Math.min(...body(inset, 0).map((l) => l.row))).toBe(headRows);
    expect(Math.min(...body(inset, 2).map((l) => l.row))).toBe(headRows + imageRows + 1);
    // Without controls the lead's photo spans the whole module.
    expect(only(plain).photos[0]?.width).toBe(span(4));
  });

  it('frames a crop in its shape and places the image so the crop shows, on the display list', () => {
    const crop = { x: 0.5, y: 0, width: 0.5, height: 1 };
    const page = compose({ photoColumns: 2, crop });
    const photo = only(page).photos[0];
    // The frame takes the crop's shape: half of a 1.5 image is 0.75 wide for 1 high.
    expect(photo?.height).toBe(rowsFor(span(2) / 0.75, leading) * leading);
    expect(photo).toMatchObject({ aspectRatio: ASPECT, crop });
    const shown = buildDisplayPage(page, { fonts }).items.find((i) => i.kind === 'image');
    if (shown?.kind !== 'image') throw new Error('no image');
    const { clip, place } = shown;
    // Scaled so the crop (the right half of the image) covers the frame, the crop's centre
    // (three quarters across, half down) on the frame's centre.
    expect(place.height).toBeCloseTo(Math.max(clip.height, (2 * clip.width) / ASPECT), 6);
    expect(place.width).toBeCloseTo(place.height * ASPECT, 6);
    expect(place.x + 0.75 * place.width).toBeCloseTo(clip.x + clip.width / 2, 6);
    expect(place.y + place.height / 2).toBeCloseTo(clip.y + clip.height / 2, 6);
    // No crop: the whole image centred over the same frame, as before.
    const whole = buildDisplayPage(compose({ photoColumns: 2 }), { fonts }).items.find(
      (i) => i.kind === 'image',
    );
    if (whole?.kind !== 'image') throw new Error('no image');
    const c = whole.clip;
    const h = Math.max(c.height, c.width / ASPECT);
    expect(whole.place.height).toBeCloseTo(h, 6);
    expect(whole.place.x).toBeCloseTo(c.x + (c.width - h * ASPECT) / 2, 6);
    expect(whole.place.y).toBeCloseTo(c.y + (c.height - h) / 2, 6);
  });

  it('draws a box round the module or rules beside it, as chosen', () => {
    const x = (col: number) =>
      BROADSHEET.margins.left + col * (grid.columnWidth + gutter) - gutter / 2;
    const top = grid.top;
    const foot = top + 60 * leading - leading / 2;
    const boxed = compose({ frame: 'box' });
    const y1 = top - leading / 4;
    expect(micro(boxed.rules.slice(-4))).toEqual(
      micro([
        { x1: x(0), y1, x2: x(4), y2: y1, weight: 0.5 },
        { x1: x(4), y1, x2: x(4), y2: foot, weight: 0.5 },
        { x1: x(4), y1: foot, x2: x(0), y2: foot, weight: 0.5 },
        { x1: x(0), y1: foot, x2: x(0), y2: y1, weight: 0.5 },
      ]),
    );
    // The box's foot replaces the module's foot rule.
    expect(boxed.rules.length).toBe(plain.rules.length - 1 + 4);
    const ruled = compose({ frame: 'rule' });
    expect(micro(ruled.rules.slice(-2))).toEqual(
      micro([
        { x1: x(4), y1: top, x2: x(4), y2: foot, weight: 0.5 },
        { x1: BROADSHEET.margins.left, y1: foot, x2: x(4) - gutter / 2, y2: foot, weight: 0.5 },
      ]),
    );
    // A commentary is ruled unless the editor says none.
    const commentary = compose(undefined, { priority: 'normal', kind: 'commentary' });
    const bare = compose({ frame: 'none' }, { priority: 'normal', kind: 'commentary' });
    expect(commentary.rules.length).toBe(bare.rules.length + 1);
  });

  it('lays out an unpinned module with its controls: the estimate sees the photo as set', () => {
    const lead = story(HEADLINE, 1600, 3);
    lead.blocks.unshift({ kind: 'photo', aspectRatio: ASPECT, caption: [{ text: '图为现场' }] });
    const stories: PlacedStoryInput[] = [
      {
        id: '头条',
        story: lead,
        priority: 'lead',
        controls: { photoColumns: 2, photoPlace: 'inset', frame: 'box' },
      },
      { id: '甲', story: story('甲标题', 1400, 5), priority: 'normal' },
      { id: '乙', story: story('乙标题', 1100, 6), priority: 'normal' },
    ];
    const page = composePage(pageInput(2, stories), fonts);
    expect(page.report.notPlaced).toEqual([]);
    expect(page.report.overset).toEqual([]);
    const m = page.modules.find((x) => x.storyId === '头条');
    const photo = m?.photos[0];
    expect(photo?.width).toBe(span(2));
    expect(photo?.x).toBe(((m?.module.cols ?? 0) - 2) * (grid.columnWidth + gutter));
  });
});
