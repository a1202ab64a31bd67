import { describe, expect, it } from 'vitest';
import { lunarDayZh, lunarMonthZh } from './lunarNames';

describe('lunarMonthZh', () => {
  it('keeps 正月 but spells out 十一月 and 十二月 (not 冬月, 腊月)', () => {
    expect(lunarMonthZh(1)).toBe('正月');
    expect(lunarMonthZh(2)).toBe('二月');
    expect(lunarMonthZh(10)).toBe('十月');
    expect(lunarMonthZh(11)).toBe('十一月');
    expect(lunarMonthZh(12)).toBe('十二月');
  });

  it('prefixes leap months (negative numbers) with 闰', () => {
    expect(lunarMonthZh(-2)).toBe('闰二月');
    expect(lunarMonthZh(-11)).toBe('闰十一月');
    expect(lunarMonthZh(-1)).toBe('闰正月');
  });

  it('refuses impossible months', () => {
    for (const m of [0, 13, -13, 1.5]) expect(() => lunarMonthZh(m)).toThrow(RangeError);
  });
});

describe('lunarDayZh', () => {
  it('names all thirty days', () => {
    const days = Array.from({ length: 30 }, (_, i) => lunarDayZh(i + 1));
    expect(days).toEqual([
      ...['初一', '初二', '初三', '初四', '初五', '初六', '初七', '初八', '初九', '初十'],
      ...['十一', '十二', '十三', '十四', '十五', '十六', '十七', '十八', '十九', '二十'],
      ...['廿一', '廿二', '廿三', '廿四', '廿五', '廿六', '廿七', '廿八', '廿九', '三十'],
    ]);
  });

  it('refuses impossible days', () => {
    for (const d of [0, 31, 2.5]) expect(() => lunarDayZh(d)).toThrow(RangeError);
  });
});
