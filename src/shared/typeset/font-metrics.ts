// The only view the engine has of a font: advance widths per code point, no shaping.
// Render turns kerning and ligatures off, so plain advances are what Chromium paints.

/** serif and sans are the CJK faces; latin-* the Latin faces the paper may set Latin in. */
export type FontFamilyKind = 'serif' | 'sans' | 'latin-serif' | 'latin-sans';
export type FontWeight = 400 | 700;
export type FontKey = `${FontFamilyKind}-${FontWeight}`;

/** Every face the engine sets in, in one order for style sheets and schemas. */
export const FONT_KEYS = [
  'serif-400',
  'serif-700',
  'sans-400',
  'sans-700',
  'latin-serif-400',
  'latin-serif-700',
  'latin-sans-400',
  'latin-sans-700',
] as const satisfies readonly FontKey[];

export interface FontMetrics {
  /** CSS font-family name used when painting. */
  readonly name: string;
  readonly unitsPerEm: number;
  /** hhea ascender (positive) and descender (negative), in font units. */
  readonly ascent: number;
  readonly descent: number;
  hasGlyph(codePoint: number): boolean;
  /** Advance width in font units; undefined when the font has no glyph for it. */
  advance(codePoint: number): number | undefined;
  /** The glyph the engine measured for a code point (the ZHS form), for painters that
   * address glyphs by id (the PDF writer); undefined when the font has none. */
  glyphId?(codePoint: number): number | undefined;
}

export interface FontSet {
  font(key: FontKey): FontMetrics;
}

export function fontKey(family: FontFamilyKind, bold: boolean): FontKey {
  return bold ? `${family}-700` : `${family}-400`;
}

/** The Latin face paired with a CJK face (body serif with the Latin serif, and so on). */
export function latinFamily(family: FontFamilyKind): FontFamilyKind {
  if (family === 'serif') return 'latin-serif';
  if (family === 'sans') return 'latin-sans';
  return family;
}
