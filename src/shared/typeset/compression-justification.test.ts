// Rule 2: punctuation compression and justification, worked by hand with the synthetic
// font (Han 1 em = 9 pt, Latin ½ em, space ¼ em, Han–Latin space ¼ em = 2.25 pt).

import { describe, expect, it } from 'vitest';
import { setEm, texts, xs } from './test-support';

describe('punctuation compression', () => {
  it('sets two adjacent full-width marks in 1.5 em', () => {
    const [line] = setEm('你好。」他说', 20);
    // 。 loses its blank right half: 」 starts at 18 + 4.5, 他 at 22.5 + 9.
    expect(xs(line)).toEqual([0, 9, 18, 22.5, 31.5, 40.5]);
    expect(line?.width).toBe(49.5);
  });

  it('compresses ）（ and （《 pairs on the blank side', () => {
    expect(xs(setEm('甲）（乙', 20)[0])).toEqual([0, 9, 13.5, 22.5]);
    // （《: 《 loses its blank left half, so its pen sits 4.5 pt left of the box.
    expect(xs(setEm('甲（《乙', 20)[0])).toEqual([0, 9, 13.5, 22.5]);
  });

  it('takes ½ em off an opening bracket at the line start', () => {
    const [line] = setEm('「你好」', 20);
    expect(xs(line)).toEqual([-4.5, 4.5, 13.5, 22.5]);
    expect(line?.width).toBe(31.5);
  });

  it('sets line-end punctuation half width when the line needs it', () => {
    // 6 + ¼ + AB 1 + ¼ + 2 + ， 1 = 10.5 em; the comma loses ½ em and the line fits.
    const lines = setEm('一二三四五六AB七八，十一', 10);
    expect(texts(lines)).toEqual(['一二三四五六AB七八，', '十一']);
    expect(xs(lines[0])).toEqual([0, 9, 18, 27, 36, 45, 56.25, 60.75, 67.5, 76.5, 85.5]);
    expect(lines[0]?.width).toBeCloseTo(90, 9);
  });
});

describe('justification', () => {
  it('stretches Latin spaces first', () => {
    // 3 + 2 spaces ½ + ¼ + 6 = 9.75 em; each space takes ⅛ em more (1.125 pt).
    const lines = setEm('ab cd ef一二三四五六七八', 10);
    expect(texts(lines)).toEqual(['ab cd ef一二三四五六', '七八']);
    expect(xs(lines[0])).toEqual([
      0, 4.5, 9, 12.375, 16.875, 21.375, 24.75, 29.25, 36, 45, 54, 63, 72, 81,
    ]);
  });

  it('then widens the Han–Latin space', () => {
    // 7 + ¼ + 1 + ¼ + 1 = 9.5 em: both Han–Latin spaces grow to ½ em.
    const lines = setEm('一二三四五六七AB八九十', 10);
    expect(texts(lines)).toEqual(['一二三四五六七AB八', '九十']);
    expect(xs(lines[0])).toEqual([0, 9, 18, 27, 36, 45, 54, 67.5, 72, 81]);
  });

  it('then spreads the rest evenly between characters', () => {
    const lines = setEm('一二三四五六七八九“十”', 10);
    // 9 em in 10 em: 9 pt over 8 gaps.
    expect(xs(lines[0])).toEqual([0, 10.125, 20.25, 30.375, 40.5, 50.625, 60.75, 70.875, 81]);
    expect(lines[0]?.width).toBeCloseTo(90, 9);
  });

  it('indents the first line 2 em', () => {
    const lines = setEm('一二三四五六七八九十一二三', 10, { indentEm: 2 });
    expect(texts(lines)).toEqual(['一二三四五六七八', '九十一二三']);
    expect(lines[0]?.glyphs[0]?.x).toBe(18);
  });

  it('does not stretch the last line, and never leaves it one character', () => {
    const lines = setEm('一二三四五六七八九十一', 10);
    // Greedy would leave 一 alone; 十 comes down with it and line 1 is spread.
    expect(texts(lines)).toEqual(['一二三四五六七八九', '十一']);
    expect(lines[0]?.width).toBeCloseTo(90, 9);
    expect(lines[1]?.width).toBe(18);
    expect(lines.map((l) => l.justified)).toEqual([true, false]);
  });
});
