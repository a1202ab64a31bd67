// Reads TTFs with fontkit and exposes them to the engine as FontMetrics: the advance width
// of each code point set alone (no kerning, no ligatures), cached for speed.
// Measured as Chromium paints it under lang="zh-Hans": the font's `locl` for ZHS applies
// (it swaps the proportional em dash of Noto SC, 0.89 em, for the full-width one).

import * as fontkit from 'fontkit';
import type { FontKey, FontMetrics, FontSet } from '../../shared/typeset/font-metrics';
import { fontBytes } from './font-bytes';
import { fontPath, registeredFont } from './font-registry';

/** Table markers: advances are never negative. */
const NOT_MEASURED = -1;
const NO_GLYPH = -2;

export function fontMetricsFromBuffer(buffer: Buffer, name: string): FontMetrics {
  const loaded = fontkit.create(buffer);
  if (!('glyphForCodePoint' in loaded))
    throw new Error(`${name}: font collections are not supported`);
  const font = loaded;
  // The engine asks once per character of every paragraph it prepares: BMP answers live in a
  // flat table (an index, not a hash lookup); the rare astral code points in a Map.
  const bmp = new Float64Array(0x10000).fill(NOT_MEASURED);
  const astral = new Map<number, number | undefined>();
  const NO_SPACING_FEATURES = { kern: false, liga: false, palt: false };
  // Glyph ids as the same shaping picks them (the ZHS `locl` form), kept beside the advance.
  const gids = new Map<number, number>();
  const measure = (cp: number): number | undefined => {
    if (!font.hasGlyphForCodePoint(cp)) return undefined;
    const run = font.layout(String.fromCodePoint(cp), NO_SPACING_FEATURES, 'hani', 'ZHS');
    gids.set(cp, run.glyphs[0]?.id ?? 0);
    return run.advanceWidth;
  };
  const advance = (cp: number): number | undefined => {
    if (cp < 0x10000) {
      let units = bmp[cp] ?? NOT_MEASURED;
      if (units === NOT_MEASURED) {
        units = measure(cp) ?? NO_GLYPH;
        bmp[cp] = units;
      }
      return units === NO_GLYPH ? undefined : units;
    }
    if (!astral.has(cp)) astral.set(cp, measure(cp));
    return astral.get(cp);
  };
  return {
    name,
    unitsPerEm: font.unitsPerEm,
    ascent: font.hhea.ascent,
    descent: font.hhea.descent,
    hasGlyph: (cp) => advance(cp) !== undefined,
    advance,
    glyphId: (cp) => (advance(cp) === undefined ? undefined : gids.get(cp)),
  };
}

export function loadFontMetrics(key: FontKey, fontDir?: string): FontMetrics {
  const file = registeredFont(key);
  return fontMetricsFromBuffer(fontBytes(fontPath(file, fontDir)), file.family);
}

/** The four faces, each loaded on first use and kept. */
export function loadFontSet(fontDir?: string): FontSet {
  const loaded = new Map<FontKey, FontMetrics>();
  return {
    font(key) {
      let metrics = loaded.get(key);
      if (!metrics) {
        metrics = loadFontMetrics(key, fontDir);
        loaded.set(key, metrics);
      }
      return metrics;
    },
  };
}
