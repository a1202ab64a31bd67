// Rule 1: break opportunities (UAX #14 classes) refined by clreq 禁则 at three levels,
// unbreakable units, numbers with units, Han–Latin spacing. Synthetic font: Han and
// full-width marks 1 em, Latin ½ em; measure 10 em at 9 pt = 90 pt.

import { describe, expect, it } from 'vitest';
import { setEm, texts, xs } from './test-support';

describe('line breaking', () => {
  it('breaks between Han characters and fills the measure', () => {
    expect(texts(setEm('一二三四五六七八九十甲乙丙', 10))).toEqual([
      '一二三四五六七八九十',
      '甲乙丙',
    ]);
  });

  it('never starts a line with a closing mark (basic)', () => {
    // 。 would start line 2; with it line 1 needs 10.5 em at full shrink, so 十 moves down.
    expect(texts(setEm('一二三四五六七八九十。好的', 10))).toEqual([
      '一二三四五六七八九',
      '十。好的',
    ]);
    expect(texts(setEm('一二三四五六七八九十”好的', 10))).toEqual([
      '一二三四五六七八九',
      '十”好的',
    ]);
    expect(texts(setEm('一二三四五六七八九十·好的', 10))).toEqual([
      '一二三四五六七八九',
      '十·好的',
    ]);
  });

  it('never ends a line with an opening mark', () => {
    expect(texts(setEm('一二三四五六七八九“十”', 10))).toEqual(['一二三四五六七八九', '“十”']);
    expect(texts(setEm('一二三四五六七八九《十》', 10))).toEqual(['一二三四五六七八九', '《十》']);
  });

  it('gb level keeps ／ off the line end', () => {
    expect(texts(setEm('一二三四五六七八九／十一', 10))).toEqual(['一二三四五六七八九／', '十一']);
    expect(texts(setEm('一二三四五六七八九／十一', 10, { kinsoku: 'gb' }))).toEqual([
      '一二三四五六七八九',
      '／十一',
    ]);
  });

  it('strict level keeps —— and …… off the line start; both are unbreakable', () => {
    const dash = '一二三四五六七八九——十一';
    expect(texts(setEm(dash, 10))).toEqual(['一二三四五六七八九', '——十一']);
    expect(texts(setEm(dash, 10, { kinsoku: 'strict' }))).toEqual(['一二三四五六七八', '九——十一']);
    const dots = '一二三四五六七八九……十一';
    expect(texts(setEm(dots, 10))).toEqual(['一二三四五六七八九', '……十一']);
    expect(texts(setEm(dots, 10, { kinsoku: 'strict' }))).toEqual(['一二三四五六七八', '九……十一']);
  });

  it('keeps a number with its unit and a Latin word whole', () => {
    // 8 em + ¼ em Han–Latin space + 14℃ (2 em) = 10.25 em: the number moves with its unit.
    expect(texts(setEm('一二三四五六七八14℃好', 10))).toEqual(['一二三四五六七八', '14℃好']);
    expect(texts(setEm('一二三四五六七八九50名', 10))).toEqual(['一二三四五六七八九', '50名']);
    expect(texts(setEm('一二三四五六七2022年', 10))).toEqual(['一二三四五六七', '2022年']);
    expect(texts(setEm('一二三四五六七Python', 10))).toEqual(['一二三四五六七', 'Python']);
  });

  it('puts ¼ em between Han and Latin letters or digits', () => {
    const [line] = setEm('中A1文', 10);
    // 中 0, A after 9 + 2.25, 1 right after A (no space inside a word), 文 after ¼ em again.
    expect(xs(line)).toEqual([0, 11.25, 15.75, 22.5]);
  });

  it('breaks Latin text at spaces; spaces hang at the line end', () => {
    // 16 letters + 3 spaces = 8.75 em; with eeee the line would need 10.6 em at full shrink.
    const lines = setEm('aaaa bbbb cccc dddd eeee', 10);
    expect(texts(lines)).toEqual(['aaaa bbbb cccc dddd ', 'eeee']);
    expect(lines[0]?.width).toBeCloseTo(90, 6);
  });

  it('forces a break inside an over-long word, adds a hyphen and flags the line', () => {
    // The only word is the paragraph's last (never hyphenated): 19 letters and the hyphen fill
    // the 20 half-em cells; the word is never cut without a hyphen.
    const lines = setEm('Pneumonoultramicroscopic', 10);
    expect(texts(lines)).toEqual(['Pneumonoultramicros', 'copic']);
    expect(lines.map((l) => l.forcedBreak)).toEqual([true, false]);
    expect(lines[0]?.glyphs.at(-1)?.text).toBe('-');
    expect(lines[0]?.hyphenated).toBe(true);
  });
});
