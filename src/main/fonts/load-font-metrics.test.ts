// The fontkit loader reads the real faces: plain advances, missing glyphs reported.

import { describe, expect, it } from 'vitest';
import { setText } from '../../shared/typeset/set-text';
import { loadFontSet } from './load-font-metrics';

describe('font metrics from the Noto SC files', () => {
  const fonts = loadFontSet();

  it('gives plain advance widths per code point', () => {
    const serif = fonts.font('serif-400');
    expect(serif.name).toBe('Noto Serif SC');
    expect(serif.unitsPerEm).toBe(1000);
    expect(serif.advance(0x4e2d)).toBe(1000); // 中
    expect(serif.advance(0xff0c)).toBe(1000); // ，
    expect(serif.advance(0x61)).toBe(557); // a
    expect(fonts.font('sans-700').name).toBe('Noto Sans SC');
  });

  it('names the glyph the ZHS shaping picks, the form the advance is measured on', () => {
    const serif = fonts.font('serif-400');
    expect(serif.glyphId?.(0x4e2d)).toBe(8764); // 中
    // The em dash: the cmap's proportional form is glyph 466; ZHS `locl` swaps in 467.
    expect(serif.glyphId?.(0x2014)).toBe(467);
    expect(serif.advance(0x2014)).toBe(1000);
    expect(serif.glyphId?.(0xe000)).toBeUndefined();
  });

  it('reports characters the font lacks instead of dropping them', () => {
    const { lines, missing } = setText('中文\u{E000}字', fonts, { measure: 90 });
    expect(missing).toEqual(['\u{E000}']);
    expect(lines.map((l) => l.text).join('')).toBe('中文\u{E000}字');
  });

  it('sets mixed text to the measure with real widths', () => {
    const { lines } = setText('全市共有50名学生参加了Python编程比赛，气温14℃。'.repeat(3), fonts, {
      measure: 108,
    });
    for (const line of lines.slice(0, -1)) expect(line.width).toBeCloseTo(108, 2);
  });
});
