// The Latin faces with the real fonts: an English paragraph set in Source Serif 4 at a
// newspaper measure, exact lines, hyphens and loose flags; Chinese text keeps its faces.

import { describe, expect, it } from 'vitest';
import { setText } from '../../shared/typeset/set-text';
import { loadFontSet } from './load-font-metrics';

const fonts = loadFontSet();
const TEXT =
  'The council voted 7-2 on Tuesday to approve the long-debated construction of a ' +
  'footbridge over the river, ending a decade of assessment. “It’s the ' +
  'Internationalization of our town,” said the mayor.';

describe('Latin faces', () => {
  it('sets an English paragraph in Source Serif 4, hyphenated and justified within bounds', () => {
    const { lines } = setText(TEXT, fonts, {
      measure: 20 * 9,
      settings: { indentEm: 1, latinFace: true },
    });
    expect(lines.map((l) => l.text)).toEqual([
      'The council voted 7-2 on Tuesday to ap',
      'prove the long-debated construction of a ',
      'footbridge over the river, ending a decade ',
      'of assessment. “It’s the Internationaliza',
      'tion of our town,” said the mayor.',
    ]);
    expect(lines.map((l) => l.hyphenated ?? false)).toEqual([true, false, false, true, false]);
    expect(lines.map((l) => l.loose ?? false)).toEqual([false, false, false, false, false]);
    expect(new Set(lines.flatMap((l) => l.glyphs.map((g) => g.font)))).toEqual(
      new Set(['latin-serif-400']),
    );
  });

  it('sets only the Latin runs of a Chinese paragraph in the Latin face', () => {
    const { lines } = setText('市民使用iPhone 15拍摄，“效果很好”。', fonts, {
      measure: 30 * 9,
      settings: { latinFace: true },
    });
    const faces = lines[0]?.glyphs.map(
      (g) => `${g.text}:${g.font.startsWith('latin') ? 'L' : 'C'}`,
    );
    expect(faces?.join(' ')).toBe(
      '市:C 民:C 使:C 用:C i:L P:L h:L o:L n:L e:L  :L 1:L 5:L 拍:C 摄:C ，:C “:C 效:C 果:C 很:C 好:C ”:C 。:C',
    );
  });
});
