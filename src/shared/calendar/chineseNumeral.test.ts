import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chineseNumeral } from './chineseNumeral';

describe('chineseNumeral', () => {
  it.each([
    [0, '零'],
    [1, '一'],
    [9, '九'],
    [10, '十'],
    [11, '十一'],
    [12, '十二'],
    [20, '二十'],
    [21, '二十一'],
    [99, '九十九'],
    [100, '一百'],
    [101, '一百零一'],
    [105, '一百零五'],
    [110, '一百一十'],
    [111, '一百一十一'],
    [200, '二百'],
    [1000, '一千'],
    [1001, '一千零一'],
    [1010, '一千零一十'],
    [1100, '一千一百'],
    [1011, '一千零一十一'],
    [2022, '二千零二十二'],
    [8607, '八千六百零七'],
    [9999, '九千九百九十九'],
  ])('%i → %s', (n, expected) => {
    expect(chineseNumeral(n)).toBe(expected);
  });

  it('refuses numbers outside 0–9999 and non-integers', () => {
    for (const n of [-1, 10000, 1.5, Number.NaN]) {
      expect(() => chineseNumeral(n)).toThrow(RangeError);
    }
  });

  it('is injective over 1..9999', () => {
    const seen = new Map<string, number>();
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 9999 }), (a, b) => {
        return a === b || chineseNumeral(a) !== chineseNumeral(b);
      }),
    );
    // The domain is small: check it exhaustively as well.
    for (let n = 1; n <= 9999; n++) {
      const text = chineseNumeral(n);
      expect(seen.get(text)).toBeUndefined();
      seen.set(text, n);
    }
  });
});
