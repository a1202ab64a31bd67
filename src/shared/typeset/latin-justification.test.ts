// Rule 3: Latin justification as typesetters do it. Synthetic font: letters ½ em (4.5 pt),
// the word space ¼ em (2.25 pt); word spaces may go from 0.8 to 1.4 of that (1.8–3.15 pt),
// letter-spacing adds at most 3 % of the em (0.27 pt) per gap, and only as a last resort.

import { describe, expect, it } from 'vitest';
import { setEm, texts, xs } from './test-support';
import type { SetLine } from './types';

/** Widths of the word spaces of a line (pen of the next glyph minus the space's pen). */
function spaceWidths(line: SetLine | undefined): number[] {
  const g = line?.glyphs ?? [];
  const out: number[] = [];
  for (let i = 0; i + 1 < g.length; i++) {
    if (g[i]?.text === ' ')
      out.push(Math.round(((g[i + 1]?.x ?? 0) - (g[i]?.x ?? 0)) * 1000) / 1000);
  }
  return out;
}

describe('Latin justification', () => {
  it('stretches word spaces within their bounds and never spaces letters', () => {
    // 15 letters + 7 spaces = 83.25 pt; 6.75 pt over 7 spaces: each 3 pt (1.33 of normal).
    const lines = setEm('we are not at all in a mood to go out on a day as wet as this one is', 10);
    expect(texts(lines)).toEqual([
      'we are not at all in a ',
      'mood to go out on a day ',
      'as wet as this one is',
    ]);
    expect(spaceWidths(lines[0]).slice(0, 6)).toEqual([3, 3, 3, 3, 3, 3]);
    expect(xs(lines[0]).slice(0, 3)).toEqual([0, 4.5, 9]);
    // mood to go out on a day: 17 letters + 6 spaces is 90 pt exactly, spaces untouched.
    expect(spaceWidths(lines[1]).slice(0, 6)).toEqual([2.25, 2.25, 2.25, 2.25, 2.25, 2.25]);
    expect(lines.map((l) => l.loose ?? false)).toEqual([false, false, false]);
    expect(lines[0]?.width).toBeCloseTo(90, 9);
  });

  it('letter-spaces, bounded, only once the word spaces are at 1.4', () => {
    // 19 letters + 1 space = 87.75 pt: the space takes 0.9 pt (to 3.15), the other 1.35 pt
    // goes to the 17 letter gaps (0.079 pt each, under the 0.27 pt bound).
    const lines = setEm('aaaaaaaa bbbbbbbbbbb ccc', 10);
    expect(texts(lines)).toEqual(['aaaaaaaa bbbbbbbbbbb ', 'ccc']);
    expect(spaceWidths(lines[0])).toEqual([3.15]);
    expect(xs(lines[0]).slice(0, 3)).toEqual([0, 4.579, 9.159]);
    expect(lines[0]?.loose).toBeUndefined();
    expect(lines[0]?.width).toBeCloseTo(90, 9);
  });

  it('flags a line it cannot set within bounds as loose instead of spreading its letters', () => {
    // 15 letters + 3 spaces = 74.25 pt: 15.75 pt short; spaces and letters give 6.75 pt.
    const lines = setEm('aaaa bbbb cccc ddd eeee', 10);
    expect(texts(lines)).toEqual(['aaaa bbbb cccc ddd ', 'eeee']);
    expect(lines[0]?.loose).toBe(true);
    // Letters 0.27 pt apart (the bound), the rest in the word spaces.
    expect(xs(lines[0]).slice(0, 4)).toEqual([0, 4.77, 9.54, 14.31]);
    expect(lines[0]?.width).toBeCloseTo(90, 9);
  });

  it('never letter-spaces a lone Latin word on a Chinese line', () => {
    const lines = setEm('一二三四五六七八九Internationalization十', 10);
    expect(texts(lines)).toEqual(['一二三四五六七八九', 'Internationalization', '十']);
    expect(xs(lines[1]).slice(0, 3)).toEqual([0, 4.5, 9]);
  });

  it('keeps compounds and scores tight on Chinese lines: no Han–Latin space, no spreading', () => {
    const [line] = setEm('一二三四五六七 7-2 八九十一二三四五六七八九十', 10);
    // 7 at 65.25, - at 69.75, 2 at 74.25: each ½ em after the last.
    expect(xs(line).slice(7, 12)).toEqual([63, 65.25, 69.75, 74.25, 78.75]);
    const [compound] = setEm('一二三四五六long-debated', 20);
    expect(xs(compound).slice(6, 12)).toEqual([56.25, 60.75, 65.25, 69.75, 74.25, 78.75]);
  });
});
