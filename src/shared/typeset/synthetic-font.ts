// A font with round-number advances, so unit tests can be worked out by hand:
// Han and full-width marks 1 em, Latin letters and digits ½ em, space ¼ em.

import type { FontFamilyKind, FontKey, FontMetrics, FontSet } from './font-metrics';

const UNITS = 1000;

function syntheticAdvance(cp: number): number | undefined {
  if (cp === 0x20) return 250;
  if (cp < 0x7f) return cp < 0x20 ? undefined : 500;
  if (cp === 0xb7) return 500;
  if (cp === 0xfffd || (cp >= 0xe000 && cp <= 0xf8ff)) return undefined; // "missing" for tests
  return UNITS;
}

export function syntheticFont(name = 'Synthetic'): FontMetrics {
  return {
    name,
    unitsPerEm: UNITS,
    ascent: 880,
    descent: -120,
    hasGlyph: (cp) => syntheticAdvance(cp) !== undefined,
    advance: syntheticAdvance,
    // Glyph ids by hand: the code point itself, for a font that has it.
    glyphId: (cp) => (syntheticAdvance(cp) === undefined ? undefined : cp),
  };
}

export function syntheticFontSet(): FontSet {
  const fonts = new Map<FontFamilyKind, FontMetrics>([
    ['serif', syntheticFont('Synthetic Serif')],
    ['sans', syntheticFont('Synthetic Sans')],
  ]);
  return {
    font: (key: FontKey) => fonts.get(key.startsWith('sans') ? 'sans' : 'serif') ?? syntheticFont(),
  };
}
