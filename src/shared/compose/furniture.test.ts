// Masthead and folio words for a known date, in zh and en, and as composed on the page.

import { describe, expect, it } from 'vitest';
import { syntheticFontSet } from '../typeset/synthetic-font';
import { composePage } from './compose-page';
import { folioText, jumpFromText, jumpToText, mastheadText } from './furniture-text';
import { PAPER, pageInput } from './test-support';

const fonts = syntheticFontSet();
const textsOf = (boxes: { lines: readonly { line: { text: string } }[] }[]) =>
  boxes.map((b) => b.lines.map((l) => l.line.text).join(''));

describe('masthead', () => {
  it('computes every field for 2022-11-28 in Chinese', () => {
    expect(mastheadText(PAPER)).toEqual({
      name: '城市日报',
      organ: '中共某某市委机关报',
      date: '2022年11月28日 星期一',
      lunar: '农历壬寅年十一月初五',
      publisher: '城市日报社出版',
      issue: '第8607期',
      pageCount: '今日四版',
      edition: '',
      serial: '国内统一连续出版物号：CN14—0031',
    });
  });

  it('has English forms', () => {
    const en = mastheadText({ ...PAPER, name: 'City Daily', language: 'en' });
    expect(en.date).toBe('Monday, November 28, 2022');
    expect(en.lunar).toBe(''); // off by default in English
    expect(en.issue).toBe('No. 8,607');
    expect(en.pageCount).toBe('4 pages');
    expect(en.publisher).toBe('Published by City Daily'); // not the Chinese default
    const lunar = mastheadText({ ...PAPER, language: 'en', lunar: true });
    expect(lunar.lunar).toBe('Lunar calendar: 5th day of the 11th month, Renyin year');
  });

  it('sets an English masthead with volume, number, pages and edition line', () => {
    const paper = {
      ...PAPER,
      name: 'City Daily',
      organ: '',
      serial: '',
      language: 'en' as const,
      volume: '12',
      issueNumber: 3402,
      edition: 'City Edition · $2.00',
    };
    const page = composePage({ ...pageInput(1, []), paper }, fonts);
    expect(textsOf(page.furniture)).toEqual([
      'City Daily',
      'Monday, November 28, 2022',
      'Vol. 12, No. 3,402 · 4 pages',
      'City Edition · $2.00',
      'Published by City Daily',
    ]);
  });

  it('is set on page 1 above the body grid, a rule under it', () => {
    const page = composePage(pageInput(1, []), fonts);
    expect(page.furniture.every((f) => f.kind === 'masthead')).toBe(true);
    expect(textsOf(page.furniture)).toEqual([
      '城市日报',
      '中共某某市委机关报',
      '2022年11月28日 星期一',
      '农历壬寅年十一月初五',
      '第8607期\u3000今日四版',
      '城市日报社出版',
      '国内统一连续出版物号：CN14—0031',
    ]);
    const bottom = Math.max(...page.furniture.map((f) => f.y + f.height));
    expect(page.grid.top).toBeGreaterThanOrEqual(bottom);
    expect(page.rules[0]?.y1).toBeLessThan(page.grid.top);
    // The grid starts a whole number of grid lines below the top margin.
    const rows = (page.grid.top - page.geometry.margins.top) / page.geometry.leading;
    expect(rows).toBeCloseTo(Math.round(rows), 9);
  });

  it('shows the logo as an image box when the paper has one', () => {
    const paper = { ...PAPER, logo: { asset: 'ab'.repeat(32), aspectRatio: 3 } };
    const page = composePage({ ...pageInput(1, []), paper }, fonts);
    expect(page.images).toMatchObject([{ asset: 'ab'.repeat(32), role: 'logo' }]);
    expect(textsOf(page.furniture)).not.toContain('城市日报');
  });
});

describe('folio', () => {
  it('prints the shrunken name, date, page, page name and editors', () => {
    const page = { number: 3, name: '专题', editor: '张三', designer: '李四', proofreader: '王五' };
    expect(folioText(PAPER, page)).toEqual({
      name: '城市日报',
      date: '2022年11月28日 星期一',
      page: '第三版',
      pageName: '专题',
      editors: '责任编辑：张三\u3000美编：李四\u3000校对：王五',
    });
    expect(folioText({ ...PAPER, language: 'en' }, { ...page, designer: '' })).toMatchObject({
      page: 'Page 3',
      date: 'Monday, November 28, 2022',
      editors: 'Editor: 张三  Proofreader: 王五',
    });
  });

  it('is set on pages 2+ above a rule', () => {
    const input = pageInput(3, []);
    const page = composePage({ ...input, page: { ...input.page, name: '专题' } }, fonts);
    expect(page.furniture.every((f) => f.kind === 'folio')).toBe(true);
    expect(textsOf(page.furniture)).toEqual([
      '城市日报',
      '第三版\u3000专题',
      '2022年11月28日 星期一',
      '责任编辑：张三\u3000美编：李四\u3000校对：王五',
    ]);
    expect(page.rules[0]?.y1).toBeLessThan(page.grid.top);
  });

  it('words jump lines with Chinese page numerals, or in English', () => {
    expect(jumpToText(3, 'zh')).toBe('（下转第三版）');
    expect(jumpFromText(1, 'zh')).toBe('（上接第一版）');
    expect(jumpToText(12, 'zh')).toBe('（下转第十二版）');
    expect(jumpToText(3, 'en')).toBe('(Continued on page 3)');
    expect(jumpFromText(1, 'en')).toBe('(Continued from page 1)');
  });
});
