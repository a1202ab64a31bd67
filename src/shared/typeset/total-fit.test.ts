// Total fit prices a line by its word-space deviation (Σ (width / normal − 1)² over its
// spaces) on top of Knuth's badness, so slack spreads over lines rather than pooling in one.
// Synthetic font: letters ½ em (4.5 pt), the word space ¼ em (2.25 pt).

import { describe, expect, it } from 'vitest';
import { setEm, texts } from './test-support';

describe('total fit', () => {
  it('spreads slack over lines rather than leave one space many times its width', () => {
    // Knuth's badness alone set 'this to ' (one space 19 times normal) to save nothing:
    // 'wet go represen-' / 'tatives this at' followed it, with a hyphen.
    const lines = setEm('this to wet go representatives this at', 8);
    expect(texts(lines)).toEqual(['this to wet go ', 'representatives ', 'this at']);
    expect(lines.map((l) => l.hyphenated ?? false)).toEqual([false, false, false]);
    // 11 letters, 3 spaces: 15.75 pt short. The 7 letter gaps take 0.27 pt each, the
    // spaces the other 13.86 pt: 6.87 pt each, 3 times normal (the old line: 19.5 times).
    const g = lines[0]?.glyphs ?? [];
    const spaces = g.flatMap((x, i) => (x.text === ' ' && g[i + 1] ? [i] : []));
    const widths = spaces.map(
      (i) => Math.round(((g[i + 1]?.x ?? 0) - (g[i]?.x ?? 0)) * 1000) / 1000,
    );
    expect(widths).toEqual([6.87, 6.87, 6.87]);
    expect(lines[0]?.loose).toBe(true);
  });
});
