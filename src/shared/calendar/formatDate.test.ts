import { describe, expect, it } from 'vitest';
import { formatDateEn, formatDateZh } from './formatDate';

describe('formatDateZh', () => {
  it('prints the masthead date without zero padding', () => {
    expect(formatDateZh('2022-11-28')).toBe('2022年11月28日');
    expect(formatDateZh('2025-01-01')).toBe('2025年1月1日');
  });

  it('adds the weekday after a space', () => {
    expect(formatDateZh('2022-11-28', { weekday: true })).toBe('2022年11月28日 星期一');
    expect(formatDateZh({ year: 2023, month: 1, day: 22 }, { weekday: true })).toBe(
      '2023年1月22日 星期日',
    );
  });
});

describe('formatDateEn', () => {
  it('prints month name, day, year', () => {
    expect(formatDateEn('2022-11-28')).toBe('November 28, 2022');
    expect(formatDateEn('2022-11-28', { weekday: true })).toBe('Monday, November 28, 2022');
    expect(formatDateEn('2025-01-01', { weekday: true })).toBe('Wednesday, January 1, 2025');
  });

  it('refuses invalid dates', () => {
    expect(() => formatDateEn('2023-02-29')).toThrow(RangeError);
    expect(() => formatDateZh('2023-02-29')).toThrow(RangeError);
  });
});
