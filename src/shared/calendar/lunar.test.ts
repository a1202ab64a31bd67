import { Solar } from 'lunar-typescript';
import { describe, expect, it } from 'vitest';
import { lunarDate, lunarDateZh } from './lunar';

// Expected values were checked once against lunar-typescript 1.8.6 (Lunar#toString);
// they are written out here so the newspaper mapping, not the library, is under test.
describe('lunarDateZh', () => {
  it.each([
    ['2022-11-28', '农历壬寅年十一月初五'],
    // Leap month: 2023 has 闰二月, which starts on 2023-03-22 and ends 2023-04-19.
    ['2023-03-21', '农历癸卯年二月三十'],
    ['2023-03-22', '农历癸卯年闰二月初一'],
    ['2023-04-19', '农历癸卯年闰二月廿九'],
    ['2023-04-20', '农历癸卯年三月初一'],
    ['2020-05-23', '农历庚子年闰四月初一'],
    ['2025-07-25', '农历乙巳年闰六月初一'],
    // Lunar new year: the ganzhi year turns at 正月初一; 腊月 prints as 十二月.
    ['2023-01-21', '农历壬寅年十二月三十'],
    ['2023-01-22', '农历癸卯年正月初一'],
    ['2023-01-11', '农历壬寅年十二月二十'],
    // Gregorian new year is not a lunar boundary.
    ['2024-12-31', '农历甲辰年十二月初一'],
    ['2025-01-01', '农历甲辰年十二月初二'],
    // Month 10/11 ends.
    ['2023-12-12', '农历癸卯年十月三十'],
    ['2024-01-10', '农历癸卯年十一月廿九'],
    // Rare leap eleventh month (library: 闰冬月).
    ['2033-12-22', '农历癸丑年闰十一月初一'],
  ])('%s → %s', (iso, expected) => {
    expect(lunarDateZh(iso)).toBe(expected);
  });

  it('reports leap months as data', () => {
    expect(lunarDate('2023-03-22')).toEqual({
      yearGanZhi: '癸卯',
      month: -2,
      isLeapMonth: true,
      day: 1,
    });
    expect(lunarDate({ year: 2022, month: 11, day: 28 }).isLeapMonth).toBe(false);
  });

  it('refuses invalid dates', () => {
    expect(() => lunarDateZh('2023-02-29')).toThrow('2023-02 has only 28 days');
  });

  it('matches the library text with 冬/腊 respelled, for every day of 2020–2034', () => {
    // Cross-check only: the library's own month and day names, rewritten by newspaper rules.
    const day = 24 * 60 * 60 * 1000;
    for (let t = Date.UTC(2020, 0, 1); t <= Date.UTC(2034, 11, 31); t += day) {
      const d = new Date(t);
      const [y, m, dd] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
      const lunar = Solar.fromYmd(y, m, dd).getLunar();
      const month = `${lunar.getMonthInChinese()}月`.replace('冬', '十一').replace('腊', '十二');
      const expected = `农历${lunar.getYearInGanZhi()}年${month}${lunar.getDayInChinese()}`;
      expect(lunarDateZh({ year: y, month: m, day: dd })).toBe(expected);
    }
  });
});
