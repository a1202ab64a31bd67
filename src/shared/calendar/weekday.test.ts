import { describe, expect, it } from 'vitest';
import { weekdayEn, weekdayIndex, weekdayZh } from './weekday';

describe('weekday', () => {
  it('names known dates', () => {
    expect(weekdayZh('2022-11-28')).toBe('星期一');
    expect(weekdayEn('2022-11-28')).toBe('Monday');
    expect(weekdayZh('2023-01-22')).toBe('星期日');
    expect(weekdayEn('2023-01-22')).toBe('Sunday');
    expect(weekdayZh('2024-12-31')).toBe('星期二');
    expect(weekdayZh('2025-01-01')).toBe('星期三');
    expect(weekdayZh('2024-02-29')).toBe('星期四');
    expect(weekdayZh('2000-01-01')).toBe('星期六');
    expect(weekdayEn({ year: 1949, month: 10, day: 1 })).toBe('Saturday');
  });

  it('runs through a whole week in order, Monday to Sunday', () => {
    const week = ['21', '22', '23', '24', '25', '26', '27'].map((d) => weekdayZh(`2022-11-${d}`));
    expect(week).toEqual(['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日']);
  });

  it('agrees with UTC Date arithmetic over many years', () => {
    // Date.UTC is only an oracle here; the code under test uses integers only.
    for (let year = 1900; year <= 2100; year += 7) {
      for (let month = 1; month <= 12; month++) {
        const expected = new Date(Date.UTC(year, month - 1, 13)).getUTCDay();
        expect(weekdayIndex({ year, month, day: 13 })).toBe(expected);
      }
    }
  });

  it('refuses invalid dates', () => {
    expect(() => weekdayZh('2023-02-29')).toThrow('2023-02 has only 28 days');
  });
});
