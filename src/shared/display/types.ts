// The display list: a composed page as plain drawing instructions in page coordinates (pt,
// origin at the top left of the page box, y down), for every painter alike — the PDF
// writer, the HTML document and the board. Backend-neutral: no CSS, no PDF operators.

import type { FurnitureKind, ImageRole, Rect } from '../compose/types';
import type { FontKey, PlacedLine } from '../typeset';

/** Who a glyph run or image belongs to: a story part, or furniture (masthead, folio, jump). */
export type Owner =
  | { kind: 'story'; storyId: string; part: number }
  | { kind: 'furniture'; furniture: FurnitureKind; storyId?: string };

export interface DisplayGlyph {
  /** Pen position on the page, in pt. */
  x: number;
  /** Glyph id in the face's font file (the ZHS form the engine measured); 0 when missing. */
  gid: number;
  text: string;
  /** Natural advance at the run's size, in pt. */
  advance: number;
}

/** Glyphs of one face on one line (a line of mixed faces gives several runs). */
export interface GlyphRun {
  face: FontKey;
  size: number;
  /** Baseline y on the page, in pt. */
  baseline: number;
  glyphs: DisplayGlyph[];
}

/** One set line: its glyph runs in order, and where the engine set it. */
export interface DisplayLine {
  kind: 'line';
  owner: Owner;
  /** Index of the line on its page, in reading order. */
  index: number;
  /** The line's left edge and baseline on the page. */
  x: number;
  baseline: number;
  runs: GlyphRun[];
  /** The line as the engine set it, relative to its box (the HTML painter's input). */
  placed: PlacedLine;
  /** Grid pitch of the page: the HTML line band. */
  leading: number;
}

export interface DisplayImage {
  kind: 'image';
  asset: string;
  role: ImageRole;
  owner: Owner | null;
  /** What shows: the module's photo box. */
  clip: Rect;
  /** Where the whole (upright) image goes: scaled to cover the clip, centred. */
  place: Rect;
  /** Exif orientation 1–8 of the stored bytes (a painter turns them upright). */
  orientation: number;
  /** The photo's block in its story. */
  block?: number;
}

/** A hairline or rule between two points, `weight` pt thick, in black. */
export interface DisplayRule {
  kind: 'rule';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  weight: number;
  /** Crop marks print on every separation (registration); rules in black alone. */
  registration: boolean;
}

/** A filled box: stands in for a photo whose bytes are missing. */
export interface DisplayBox {
  kind: 'box';
  rect: Rect;
  /** Grey level 0 (white) to 1 (black). */
  grey: number;
  asset?: string;
  role?: ImageRole;
}

export type DisplayItem = DisplayLine | DisplayImage | DisplayRule | DisplayBox;

export interface DisplayPage {
  number: number;
  /** The page box (PDF MediaBox): trim + bleed + slug on each side. */
  width: number;
  height: number;
  trim: Rect;
  bleed: Rect;
  /** The trim as the paper states it, in mm (the HTML @page size). */
  trimMm: { width: number; height: number };
  /** Bleed and slug outside the trim, in mm on each side. */
  bleedMm: number;
  slugMm: number;
  items: DisplayItem[];
  /** Crop marks, outside the bleed (empty unless asked for). */
  marks: DisplayRule[];
}
