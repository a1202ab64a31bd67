import { z } from 'zod';
import { IMAGE_ROLES } from '../../compose/types';
import { FONT_KEYS } from '../../typeset/font-metrics';

// A composed page's display list (shared/display) as the board receives it: the same items
// in the same order and page coordinates (pt, y down, here from the trim's top-left corner:
// no bleed or slug on the board). Glyph runs travel as parallel arrays — the characters,
// their pen x and advances — and without glyph ids, which only the PDF writer needs: a
// browser paints by character, with the ZHS forms the engine measured (lang="zh-Hans").

const Pt = z.number();

export const DisplayRect = z.object({ x: Pt, y: Pt, width: Pt, height: Pt });

export const DisplayRunWire = z.object({
  face: z.enum(FONT_KEYS),
  size: Pt,
  baseline: Pt,
  /** One entry per glyph: its characters (one code point, rarely more). */
  text: z.array(z.string()),
  /** Pen x of each glyph on the page. */
  x: z.array(Pt),
  /** Natural advance of each glyph at the run's size. */
  advance: z.array(Pt),
});
export type DisplayRunWire = z.infer<typeof DisplayRunWire>;

const DisplayLineWire = z.object({
  kind: z.literal('line'),
  index: z.number().int().min(0),
  runs: z.array(DisplayRunWire),
});

const DisplayImageWire = z.object({
  kind: z.literal('image'),
  asset: z.string(),
  role: z.enum(IMAGE_ROLES),
  /** What shows (the photo's box) and where the whole upright image goes (covering it). */
  clip: DisplayRect,
  place: DisplayRect,
});
export type DisplayImageWire = z.infer<typeof DisplayImageWire>;

const DisplayRuleWire = z.object({
  kind: z.literal('rule'),
  x1: Pt,
  y1: Pt,
  x2: Pt,
  y2: Pt,
  weight: Pt,
});

const DisplayBoxWire = z.object({ kind: z.literal('box'), rect: DisplayRect, grey: z.number() });

export const DisplayItemWire = z.discriminatedUnion('kind', [
  DisplayLineWire,
  DisplayImageWire,
  DisplayRuleWire,
  DisplayBoxWire,
]);
export type DisplayItemWire = z.infer<typeof DisplayItemWire>;

/** How a browser names a face: the family the engine measured, and its weight. */
export const DisplayFaceWire = z.object({ family: z.string(), weight: z.number().int() });
export type DisplayFaceWire = z.infer<typeof DisplayFaceWire>;

export const DisplayPageWire = z.object({
  width: Pt,
  height: Pt,
  /** The faces the runs use, by key. */
  faces: z.partialRecord(z.enum(FONT_KEYS), DisplayFaceWire),
  items: z.array(DisplayItemWire),
});
export type DisplayPageWire = z.infer<typeof DisplayPageWire>;
