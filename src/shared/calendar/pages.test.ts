import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pageCountEn, pageCountZh, pageNameEn, pageNameZh } from './pages';

describe('page names', () => {
  it('prints Chinese page names and counts', () => {
    expect(pageNameZh(1)).toBe('第一版');
    expect(pageNameZh(3)).toBe('第三版');
    expect(pageNameZh(10)).toBe('第十版');
    expect(pageNameZh(12)).toBe('第十二版');
    expect(pageCountZh(4)).toBe('今日四版');
    expect(pageCountZh(12)).toBe('今日十二版');
  });

  it('prints English page names and counts', () => {
    expect(pageNameEn(3)).toBe('Page 3');
    expect(pageCountEn(4)).toBe('4 pages today');
    expect(pageCountEn(1)).toBe('1 page today');
  });

  it('refuses page numbers that are not positive integers', () => {
    for (const n of [0, -3, 2.5, 10000]) {
      expect(() => pageNameZh(n)).toThrow(RangeError);
      expect(() => pageCountEn(n)).toThrow(RangeError);
    }
  });

  it('pageNameZh always starts with 第 and ends with 版', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        const name = pageNameZh(n);
        return name.startsWith('第') && name.endsWith('版') && name.length > 2;
      }),
    );
  });
});
