// A reporter's name (2–4 Han characters after 记者/通讯员/实习生) is never split across
// lines. Synthetic font: Han and full-width marks 1 em, a space ½ em.

import { describe, expect, it } from 'vitest';
import { setEm, texts } from './test-support';

const DATELINE = '本报讯（记者 李晓芸）今天上午，市政府召开常务会议。';

describe('reporter names stay on one line', () => {
  it('moves the whole name of a dateline to the next line', () => {
    // Without the rule: ["本报讯（记者 李", "晓芸）今天上午，", …].
    expect(texts(setEm(DATELINE, 7))).toEqual([
      '本报讯（记者 ',
      '李晓芸）今天上',
      '午，市政府召开',
      '常务会议。',
    ]);
    // Without the rule: ["本报讯（记者 李晓", "芸）今天上午，市", …].
    expect(texts(setEm(DATELINE, 8))).toEqual([
      '本报讯（记者 ',
      '李晓芸）今天上午，',
      '市政府召开常务会',
      '议。',
    ]);
  });

  it('keeps each of several names of a byline whole', () => {
    // Without the rule: ["本报记者 李晓", "芸 王小明 通讯", "员 张三报道"].
    expect(texts(setEm('本报记者 李晓芸 王小明 通讯员 张三报道', 7))).toEqual([
      '本报记者 ',
      '李晓芸 王小明 ',
      '通讯员 ',
      '张三报道',
    ]);
  });

  it('never splits 李晓芸 at any measure from 5 to 14 em', () => {
    for (let measure = 5; measure <= 14; measure++) {
      const lines = texts(setEm(DATELINE, measure));
      expect(lines.join('')).toBe(DATELINE);
      expect(lines.some((l) => l.endsWith('李') || l.endsWith('李晓'))).toBe(false);
    }
  });

  it('leaves text without a title alone', () => {
    expect(texts(setEm('一二三四五六七八九十甲乙丙', 10))).toEqual([
      '一二三四五六七八九十',
      '甲乙丙',
    ]);
  });
});
