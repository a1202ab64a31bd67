import { describe, expect, it } from 'vitest';
import { declaredRanges, uiFontCss } from './subset-css';
import {
  formatUnicodeRange,
  inRanges,
  mergeRanges,
  parseUnicodeRange,
  uncovered,
} from './unicode-ranges';

describe('unicode-range lists', () => {
  it('parses, sorts and merges ranges that overlap or touch', () => {
    expect(parseUnicodeRange('U+4e00-4e05, U+20,U+21-22,U+4E03-4e10,U+1f600')).toEqual([
      [0x20, 0x22],
      [0x4e00, 0x4e10],
      [0x1f600, 0x1f600],
    ]);
    expect(() => parseUnicodeRange('U+4e??')).toThrow('not a unicode-range item: U+4e??');
  });

  it('formats ranges back, single code points without a dash', () => {
    expect(
      formatUnicodeRange(
        mergeRanges([
          [0x3000, 0x3000],
          [0x4e00, 0x9fff],
        ]),
      ),
    ).toBe('U+3000,U+4e00-9fff');
  });

  it('finds a code point in the ranges, and lists the ones no range covers', () => {
    const covered = parseUnicodeRange('U+41-5a,U+4e00-4e0f');
    expect([0x40, 0x41, 0x5a, 0x5b, 0x4e0f, 0x4e10].map((cp) => inRanges(covered, cp))).toEqual([
      false,
      true,
      true,
      false,
      true,
      false,
    ]);
    expect(uncovered([0x40, 0x41, 0x4e10, 0x4e11, 0x4e13], covered)).toEqual([
      [0x40, 0x40],
      [0x4e10, 0x4e11],
      [0x4e13, 0x4e13],
    ]);
  });
});

describe('the UI stylesheet of a subset font', () => {
  const packageCss = `/* a-[1]-400-normal */
@font-face {
  font-family: 'Noto Sans SC';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/a-1-400-normal.woff2) format('woff2'), url(./files/a-1-400-normal.woff) format('woff');
  unicode-range: U+4e00-4e10,U+20;
}
@font-face {
  font-family: 'Noto Sans SC';
  font-style: normal;
  font-display: swap;
  font-weight: 400;
  src: url(./files/a-2-400-normal.woff2) format('woff2'), url(./files/a-2-400-normal.woff) format('woff');
  unicode-range: U+21-7e;
}
`;

  it('reads what the slices name', () => {
    expect(declaredRanges(packageCss)).toEqual([
      [0x20, 0x7e],
      [0x4e00, 0x4e10],
    ]);
  });

  it('keeps the WOFF2 files only, blocks instead of swapping, and adds the rest face last', () => {
    const css = uiFontCss(packageCss, {
      family: 'Noto Sans SC',
      weight: 400,
      url: '../x/Sans.ttf',
      ranges: [
        [0x4e11, 0x4e12],
        [0x9fa5, 0x9fa5],
      ],
    });
    expect(css.match(/src: [^;]+;/g)).toEqual([
      "src: url(./files/a-1-400-normal.woff2) format('woff2');",
      "src: url(./files/a-2-400-normal.woff2) format('woff2');",
      "src: url(../x/Sans.ttf) format('truetype');",
    ]);
    expect(css.match(/font-display: \w+;/g)).toEqual(Array(3).fill('font-display: block;'));
    expect(css.trimEnd().endsWith('unicode-range: U+4e11-4e12,U+9fa5;\n}')).toBe(true);
  });

  it('adds no rest face when the slices hold everything', () => {
    const css = uiFontCss(packageCss, { family: 'F', weight: 400, url: 'f.ttf', ranges: [] });
    expect(css).not.toContain('truetype');
  });
});
