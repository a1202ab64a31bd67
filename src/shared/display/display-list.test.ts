// The display list: every box moved onto the page box by the bleed and slug, glyphs at
// their exact page x with the engine's glyph ids, photos covering their box, crop marks
// outside the bleed.

import { describe, expect, it } from 'vitest';
import type { ComposedPage } from '../compose/types';
import type { PlacedLine, SetGlyph } from '../typeset';
import { syntheticFontSet } from '../typeset/synthetic-font';
import { buildDisplayPage } from './build-display-list';
import { MARK_WEIGHT, PT_PER_MM } from './crop-marks';

const fonts = syntheticFontSet();

function glyph(text: string, x: number, font: SetGlyph['font'] = 'serif-400'): SetGlyph {
  return { text, offset: 0, x, advance: 10, font };
}

function placed(glyphs: SetGlyph[], x: number, baseline: number, block = 0): PlacedLine {
  return {
    block,
    kind: 'body',
    column: 0,
    row: 0,
    x,
    baseline,
    line: {
      text: glyphs.map((g) => g.text).join(''),
      start: 0,
      end: glyphs.length,
      size: 10,
      glyphs,
      width: 0,
      measure: 100,
      justified: false,
      forcedBreak: false,
      firstOfParagraph: true,
      lastOfParagraph: true,
    },
  };
}

const PAGE: ComposedPage = {
  number: 2,
  geometry: {
    trimWidth: 100 * PT_PER_MM,
    trimHeight: 200 * PT_PER_MM,
    trimWidthMm: 100,
    trimHeightMm: 200,
    margins: { top: 10, right: 10, bottom: 10, left: 10 },
    columns: 2,
    gutter: 10,
    leading: 14,
  },
  grid: { top: 40, rows: 10, columnWidth: 100 },
  furniture: [
    {
      kind: 'folio',
      x: 10,
      y: 5,
      width: 200,
      height: 14,
      lines: [placed([glyph('二', 0)], 0, 11, -1)],
    },
  ],
  images: [],
  rules: [{ x1: 10, y1: 30, x2: 210, y2: 30, weight: 0.5 }],
  modules: [
    {
      storyId: '7',
      part: 1,
      module: { col: 0, line: 0, cols: 2, lines: 10 },
      box: { x: 10, y: 40, width: 210, height: 140 },
      frame: {
        x: 10,
        y: 40,
        width: 210,
        height: 140,
        lines: [
          placed([glyph('新', 20), glyph('闻', 31.5), glyph('A', 43, 'sans-700')], 0, 12, 0),
          placed([glyph('图', 0)], 0, 90, 2),
        ],
      },
      photos: [
        {
          asset: 'ab'.repeat(32),
          role: 'photo',
          aspectRatio: 2,
          block: 1,
          x: 0,
          y: 20,
          width: 100,
          height: 60,
        },
      ],
      furniture: [],
      linesOver: 0,
      charsOver: 0,
      linesUnder: 0,
      breakToken: null,
      notes: [],
    },
  ],
  report: { overset: [], emptyLines: 0, notPlaced: [], missingGlyphs: [], notes: [] },
  outgoing: [],
};

describe('the display list of a page', () => {
  it('without bleed: the page box is the trim, lines at their box offsets', () => {
    const page = buildDisplayPage(PAGE, { fonts, orientations: { ['ab'.repeat(32)]: 6 } });
    expect(page.width).toBeCloseTo(100 * PT_PER_MM, 9);
    expect(page.trim).toEqual({ x: 0, y: 0, width: 100 * PT_PER_MM, height: 200 * PT_PER_MM });
    expect(page.bleed).toEqual(page.trim);
    expect(page.marks).toEqual([]);
    expect(page.items.map((i) => i.kind)).toEqual(['line', 'rule', 'line', 'image', 'line']);
    const [folio, rule, body, photo, caption] = page.items;
    expect(folio).toMatchObject({
      owner: { kind: 'furniture', furniture: 'folio' },
      index: 0,
      x: 10,
      baseline: 16,
      runs: [
        { face: 'serif-400', size: 10, baseline: 16, glyphs: [{ x: 10, gid: 0x4e8c, text: '二' }] },
      ],
    });
    expect(rule).toEqual({
      kind: 'rule',
      x1: 10,
      y1: 30,
      x2: 210,
      y2: 30,
      weight: 0.5,
      registration: false,
    });
    // Two runs: the face changes at "A"; each glyph at frame x + line x + pen x.
    expect(body).toMatchObject({
      owner: { kind: 'story', storyId: '7', part: 1 },
      index: 1,
      baseline: 52,
      runs: [
        {
          face: 'serif-400',
          glyphs: [
            { x: 30, gid: 0x65b0, text: '新', advance: 10 },
            { x: 41.5, gid: 0x95fb, text: '闻', advance: 10 },
          ],
        },
        { face: 'sans-700', baseline: 52, glyphs: [{ x: 53, gid: 65, text: 'A' }] },
      ],
    });
    // A 2:1 photo in a 100 x 60 box: 120 x 60 centred, clipped by the box.
    expect(photo).toEqual({
      kind: 'image',
      asset: 'ab'.repeat(32),
      role: 'photo',
      owner: { kind: 'story', storyId: '7', part: 1 },
      clip: { x: 10, y: 60, width: 100, height: 60 },
      place: { x: 0, y: 60, width: 120, height: 60 },
      orientation: 6,
      block: 1,
    });
    expect(caption).toMatchObject({ index: 2, baseline: 130 });
  });

  it('with 3 mm bleed and marks: boxes nested, everything moved by bleed and slug', () => {
    const page = buildDisplayPage(PAGE, { fonts, bleedMm: 3, cropMarks: true });
    // Marks start 1 mm beyond the 3 mm bleed and run 5 mm: a 6 mm slug.
    expect(page.slugMm).toBe(6);
    const offset = 9 * PT_PER_MM;
    expect(page.trim.x).toBeCloseTo(offset, 9);
    expect(page.bleed.x).toBeCloseTo(6 * PT_PER_MM, 9);
    expect(page.width).toBeCloseTo(118 * PT_PER_MM, 9);
    expect(page.height).toBeCloseTo(218 * PT_PER_MM, 9);
    const body = page.items[2];
    expect(body?.kind === 'line' && body.runs[0]?.glyphs[0]?.x).toBeCloseTo(offset + 30, 9);
    expect(page.marks).toHaveLength(8);
    for (const m of page.marks) {
      expect(m.weight).toBe(MARK_WEIGHT);
      expect(m.registration).toBe(true);
      // Every mark lies wholly outside the bleed box and inside the page box.
      const outside =
        Math.max(m.x1, m.x2) <= page.bleed.x + 1e-9 ||
        Math.min(m.x1, m.x2) >= page.bleed.x + page.bleed.width - 1e-9 ||
        Math.max(m.y1, m.y2) <= page.bleed.y + 1e-9 ||
        Math.min(m.y1, m.y2) >= page.bleed.y + page.bleed.height - 1e-9;
      expect(outside).toBe(true);
      for (const x of [m.x1, m.x2]) expect(x).toBeGreaterThanOrEqual(-1e-9);
      for (const x of [m.x1, m.x2]) expect(x).toBeLessThanOrEqual(page.width + 1e-9);
    }
    // The top-left horizontal mark: on the trim's top edge, from 4 mm to 9 mm left of it.
    expect(page.marks[0]?.y1).toBeCloseTo(offset, 9);
    expect(page.marks[0]?.x1).toBeCloseTo(offset - 4 * PT_PER_MM, 9);
    expect(page.marks[0]?.x2).toBeCloseTo(offset - 9 * PT_PER_MM, 9);
  });
});
