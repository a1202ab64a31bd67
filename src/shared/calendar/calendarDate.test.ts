import { describe, expect, it } from 'vitest';
import {
  calendarDate,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isValidDate,
  parseIsoDate,
  toCalendarDate,
  tryParseIsoDate,
} from './calendarDate';

describe('parseIsoDate', () => {
  it('parses a calendar date into integers', () => {
    expect(parseIsoDate('2022-11-28')).toEqual({ year: 2022, month: 11, day: 28 });
    expect(parseIsoDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it('refuses 2023-02-29 with a message naming the problem', () => {
    expect(() => parseIsoDate('2023-02-29')).toThrow(RangeError);
    expect(() => parseIsoDate('2023-02-29')).toThrow(
      'Invalid date "2023-02-29": 2023-02 has only 28 days, got day 29',
    );
  });

  it('refuses impossible months and days', () => {
    expect(() => parseIsoDate('2023-13-01')).toThrow('month must be an integer 1–12, got 13');
    expect(() => parseIsoDate('2023-00-10')).toThrow('month must be an integer 1–12, got 0');
    expect(() => parseIsoDate('2023-04-31')).toThrow('2023-04 has only 30 days');
    expect(() => parseIsoDate('2023-04-00')).toThrow('day must be a positive integer');
    expect(() => parseIsoDate('0000-01-01')).toThrow('year must be an integer 1–9999');
  });

  it('refuses anything but strict YYYY-MM-DD', () => {
    for (const text of ['2022-11-8', '2022/11/28', '2022-11-28T00:00:00Z', ' 2022-11-28', '']) {
      expect(() => parseIsoDate(text)).toThrow('expected YYYY-MM-DD');
    }
  });

  it('has a non-throwing variant', () => {
    expect(tryParseIsoDate('2023-01-22')).toEqual({
      ok: true,
      date: { year: 2023, month: 1, day: 22 },
    });
    expect(tryParseIsoDate('2023-02-29')).toEqual({
      ok: false,
      error: 'Invalid date "2023-02-29": 2023-02 has only 28 days, got day 29',
    });
  });
});

describe('calendar rules', () => {
  it('knows Gregorian leap years', () => {
    expect([1900, 2000, 2023, 2024, 2100].map(isLeapYear)).toEqual([
      false,
      true,
      false,
      true,
      false,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(1900, 2)).toBe(28);
    expect(daysInMonth(2023, 12)).toBe(31);
    expect(isValidDate(2000, 2, 29)).toBe(true);
    expect(isValidDate(2022, 11, 28.5)).toBe(false);
  });

  it('validates hand-built dates too', () => {
    expect(() => calendarDate(2023, 2, 29)).toThrow('Invalid date: 2023-02 has only 28 days');
    expect(() => toCalendarDate({ year: 2023, month: 6, day: 31 })).toThrow(RangeError);
    expect(toCalendarDate({ year: 2023, month: 6, day: 30 })).toEqual({
      year: 2023,
      month: 6,
      day: 30,
    });
  });

  it('formats back to ISO with zero padding', () => {
    expect(formatIsoDate({ year: 2025, month: 1, day: 1 })).toBe('2025-01-01');
    expect(formatIsoDate(parseIsoDate('0999-12-31'))).toBe('0999-12-31');
  });
});
