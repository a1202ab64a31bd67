import { describe, expect, it } from 'vitest';
import { PAGE_SIZE_PRESETS } from './issue';
import { paperSize, parseMargins } from './paper-size';
import { SETTING_SCHEMAS } from './settings';

describe('paperSize', () => {
  it('gives the 对开 broadsheet trim, 390 × 546 mm, with 8 columns by default', () => {
    expect(paperSize({})).toEqual({
      size: 'broadsheet',
      widthMm: 390,
      heightMm: 546,
      widthPt: 1105.51,
      heightPt: 1547.72,
      margins: { top: 25, right: 20, bottom: 25, left: 20 },
      columns: 8,
      gutterMm: 4,
      typeAreaMm: { width: 350, height: 496 },
      columnWidthMm: 40.25,
    });
  });

  it('gives the 四开 tabloid trim, 273 × 390 mm, with 6 columns unless set', () => {
    expect(paperSize({ 'page.size': 'tabloid' })).toEqual({
      size: 'tabloid',
      widthMm: 273,
      heightMm: 390,
      widthPt: 773.86,
      heightPt: 1105.51,
      margins: { top: 18, right: 15, bottom: 18, left: 15 },
      columns: 6,
      gutterMm: 4,
      typeAreaMm: { width: 243, height: 354 },
      columnWidthMm: 37.17,
    });
    expect(paperSize({ 'page.size': 'tabloid', 'page.columns': 5 }).columns).toBe(5);
    expect(PAGE_SIZE_PRESETS.tabloid.heightMm).toBe(PAGE_SIZE_PRESETS.broadsheet.widthMm);
  });

  it('takes a custom WxHmm size with the house defaults of the nearer preset', () => {
    const berliner = paperSize({ 'page.size': '315x470mm' });
    expect(berliner).toMatchObject({ size: 'custom', widthMm: 315, heightMm: 470, columns: 6 });
    expect(berliner.widthPt).toBe(892.91);
    expect(paperSize({ 'page.size': '350.5x500mm' })).toMatchObject({ widthMm: 350.5, columns: 8 });
  });

  it('applies set margins and gutter', () => {
    const paper = paperSize({ 'page.margins': '30 20 40', 'page.gutter': 5, 'page.columns': 7 });
    expect(paper.margins).toEqual({ top: 30, right: 20, bottom: 40, left: 20 });
    expect(paper.typeAreaMm).toEqual({ width: 350, height: 476 });
    expect(paper.columnWidthMm).toBe(45.71);
  });

  it('refuses margins or gutters that leave no room, naming the setting', () => {
    expect(() => paperSize({ 'page.size': '100x100mm', 'page.margins': '50' })).toThrow(
      'page.margins: leave no type area on a 100 × 100 mm page',
    );
    const narrow = { 'page.size': '100x200mm', 'page.margins': '10', 'page.gutter': 20 };
    expect(() => paperSize({ ...narrow, 'page.columns': 12 })).toThrow(
      'page.gutter: 12 columns do not fit 80 mm',
    );
  });

  it('reads margins in CSS order and the settings schema accepts the same forms', () => {
    expect(parseMargins('10')).toEqual({ top: 10, right: 10, bottom: 10, left: 10 });
    expect(parseMargins('10 5')).toEqual({ top: 10, right: 5, bottom: 10, left: 5 });
    expect(parseMargins('1 2 3 4')).toEqual({ top: 1, right: 2, bottom: 3, left: 4 });
    expect(() => parseMargins('1 2 3 4 5')).toThrow('page.margins');
    expect(SETTING_SCHEMAS['page.margins'].safeParse('25 20').success).toBe(true);
    expect(SETTING_SCHEMAS['page.margins'].safeParse('wide').success).toBe(false);
  });
});
