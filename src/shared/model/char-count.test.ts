import { describe, expect, it } from 'vitest';
import { newsroomCount } from '../typeset/newsroom-count';
import { countChars } from './char-count';

const CASES: [string, number][] = [
  ['iPhone 15 (Pro) $999', 4], // iPhone · 15 · Pro · 999
  ['ＡＢＣ公司', 3], // ＡＢＣ · 公 · 司
  ['ABC公司', 3],
  ['１５日', 2], // full-width digits are a number
  ['本报讯（记者 李晓芸）', 10], // 8 Han + （ ）
  ['本报讯(记者 李晓芸)', 8], // half-width brackets count nothing
  ['GDP增长5.3%，', 5], // GDP · 增 · 长 · 5.3 · ，
  ["don't e-mail 3.5", 3],
  ['end. Next', 2],
  ['他说：“好——”……', 10], // 他 说 ： “ 好 — — ” … …
  ['  \u3000 ', 0], // spaces, the ideographic space too
  ['日本語のテキスト', 8],
  ['Café Москва', 2],
  ['𠮷野家', 3], // a Han character outside the BMP counts once
];

describe('字数 (countChars), the one definition', () => {
  it.each(CASES)('%s counts %i', (text, expected) => {
    expect(countChars(text)).toBe(expected);
  });

  it('is what the board counts for over-characters', () => {
    for (const [text] of CASES) expect(newsroomCount(text)).toBe(countChars(text));
  });
});
