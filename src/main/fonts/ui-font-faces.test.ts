import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { inRanges, parseUnicodeRange } from '../../shared/fonts/unicode-ranges';
import { fontBytes } from './font-bytes';
import { fontPath, registeredFont } from './font-registry';
import { fontMetricsFromBuffer } from './load-font-metrics';
import {
  NAMED_BUT_NOT_SLICED,
  restRanges,
  UI_FONT_FACES,
  uiFontCssFor,
  uiFontCssPath,
} from './ui-font-faces';

/** Each slice of a face's stylesheet: its WOFF2 file and the code points it names. */
function slicesOf(cssPath: string) {
  const css = readFileSync(cssPath, 'utf8');
  const rules = [...css.matchAll(/url\(\.\/([^)]+\.woff2)\)[^;]*;\s*unicode-range:\s*([^;]+);/g)];
  return {
    css,
    slices: rules.map((m) => ({
      file: join(dirname(cssPath), m[1] ?? ''),
      ranges: parseUnicodeRange(m[2] ?? ''),
    })),
  };
}

// The board paints the engine's lines in the UI's faces: the WOFF2 slices must measure as
// the TTFs the engine measured (the same per-character advance, with the same ZHS forms, and
// the same vertical metrics), and between them and the rest face cover all of the TTF.
describe.each(UI_FONT_FACES)('the UI face $key ($css)', (face) => {
  it('measures as the engine’s TTF in every slice, and with the rest face covers all of it', () => {
    const cssPath = uiFontCssPath(face);
    const { css, slices } = slicesOf(cssPath);
    const ttfFile = fontPath(registeredFont(face.key));
    const ttf = fontMetricsFromBuffer(fontBytes(ttfFile), 'ttf');
    const ttfCodePoints = (fontkit.openSync(ttfFile) as fontkit.Font).characterSet;
    const sliced = new Set<number>();
    const differing: string[] = [];
    for (const slice of slices) {
      const bytes = readFileSync(slice.file);
      const metrics = fontMetricsFromBuffer(bytes, slice.file);
      expect([metrics.unitsPerEm, metrics.ascent, metrics.descent]).toEqual([
        ttf.unitsPerEm,
        ttf.ascent,
        ttf.descent,
      ]);
      const font = fontkit.create(bytes) as fontkit.Font;
      for (const cp of font.characterSet) {
        if (!inRanges(slice.ranges, cp)) continue; // the browser never asks this slice for it
        sliced.add(cp);
        if (metrics.advance(cp) !== ttf.advance(cp))
          differing.push(`U+${cp.toString(16)}: ${metrics.advance(cp)} ≠ ${ttf.advance(cp)}`);
      }
    }
    expect(slices.length).toBe(101);
    expect(differing).toEqual([]);
    expect(sliced.size).toBe(face.key.startsWith('sans') ? 13_633 : 13_664);

    // What the slices name but lack, the rest face gives: exactly the listed four.
    const declared = slices.flatMap((s) => s.ranges);
    const namedNotSliced = ttfCodePoints.filter(
      (cp) => !sliced.has(cp) && declared.some(([a, b]) => cp >= a && cp <= b),
    );
    expect(namedNotSliced).toEqual([...NAMED_BUT_NOT_SLICED]);

    const rest = restRanges(ttfCodePoints, css);
    const nowhere = ttfCodePoints.filter((cp) => !sliced.has(cp) && !inRanges(rest, cp));
    expect(nowhere).toEqual([]);
    const twice = [...sliced].filter((cp) => inRanges(rest, cp));
    expect(twice).toEqual([]);
  }, 240_000);

  it('is written WOFF2 only, display block, with the rest face last', () => {
    const cssPath = uiFontCssPath(face);
    const out = uiFontCssFor(face, readFileSync(cssPath, 'utf8'), cssPath);
    expect(out).not.toMatch(/\.woff\)/);
    expect(out).not.toMatch(/font-display:\s*swap/);
    expect(out.match(/font-display: block;/g)?.length).toBe(102);
    const last = out.slice(out.lastIndexOf('@font-face'));
    const file = registeredFont(face.key);
    expect(last).toContain(`font-family: '${file.family}';`);
    expect(last).toContain(`font-weight: ${file.weight};`);
    expect(last).toMatch(
      new RegExp(`src: url\\(\\.\\./\\.\\./@expo-google-fonts/[a-z-]+/\\w+/${file.fileName}\\)`),
    );
  });
});
