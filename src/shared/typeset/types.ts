// Plain input and output types of the typesetting engine. Input is deliberately plain data
// (runs of text with a style) so the Slate story document can be mapped onto it elsewhere.

import type { FontKey } from './font-metrics';

/** 禁则 strictness: basic (default), gb (adds ／ at line end), strict (adds —— …… at start). */
export type KinsokuLevel = 'basic' | 'gb' | 'strict';

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

export type ParagraphStyle = 'body' | 'quote' | 'crosshead' | 'caption';

export interface ParagraphBlock {
  kind: 'paragraph';
  style: ParagraphStyle;
  runs: TextRun[];
}

export interface PhotoBlock {
  kind: 'photo';
  /** Width divided by height of the image. */
  aspectRatio: number;
  caption: TextRun[];
  /** Column width (default) or the whole frame width (only at the top of a frame). */
  span?: 'column' | 'frame';
  id?: string;
}

export type StoryBlock = ParagraphBlock | PhotoBlock;

export interface HeadlineStack {
  kicker?: string;
  headline: string;
  subhead?: string;
  byline?: string;
}

export type HeadlinePart = 'kicker' | 'headline' | 'subhead' | 'byline';

export interface TypesetSettings {
  /** Body type size in pt (新五号 ≈ 9 pt). */
  bodySize: number;
  /** Baseline-grid pitch in pt (type size + line gap). */
  leading: number;
  kinsoku: KinsokuLevel;
  /** First-line indent of body paragraphs, in em. */
  indentEm: number;
  /** Space between Han and Latin letters or digits, in em. */
  hanLatinSpaceEm: number;
  crossheadSize: number;
  captionSize: number;
  headlineSizes: Record<HeadlinePart, number>;
  /** Leading of headline-stack lines as a multiple of their size. */
  headlineLeadingRatio: number;
  /** Empty grid lines between the headline stack and the body. */
  headlineGapLines: number;
  headlineAlign: 'left' | 'center';
}

export const DEFAULT_SETTINGS: TypesetSettings = {
  bodySize: 9,
  leading: 13.5,
  kinsoku: 'basic',
  indentEm: 2,
  hanLatinSpaceEm: 0.25,
  crossheadSize: 9,
  captionSize: 8,
  headlineSizes: { kicker: 12, headline: 24, subhead: 14, byline: 9 },
  headlineLeadingRatio: 1.25,
  headlineGapLines: 1,
  headlineAlign: 'left',
};

export interface FrameSpec {
  columns: number;
  /** Width of one column (the measure) in pt. */
  columnWidth: number;
  gutter: number;
  /** Height of the frame in grid lines. */
  heightLines: number;
}

/** Where the rest of a story continues: serializable as JSON, stable across runs. */
export interface BreakToken {
  block: number;
  /** UTF-16 offset into the block's text (0 for a photo not yet placed). */
  offset: number;
}

/** One glyph of a set line: `x` is its pen position from the line's left edge, in pt. */
export interface SetGlyph {
  text: string;
  /** UTF-16 offset of this glyph in its paragraph's text. */
  offset: number;
  x: number;
  /** Natural advance width of the glyph at its size, in pt. */
  advance: number;
  font: FontKey;
}

export interface SetLine {
  text: string;
  /** UTF-16 range of the line in its paragraph's text. */
  start: number;
  end: number;
  size: number;
  glyphs: SetGlyph[];
  /** Right edge of the last visible glyph, in pt from the line's left edge. */
  width: number;
  /** The measure the line was set to (its left edge is 0). */
  measure: number;
  justified: boolean;
  /** True when no legal break existed and a prohibited break was taken. */
  forcedBreak: boolean;
  firstOfParagraph: boolean;
  lastOfParagraph: boolean;
}

export interface PlacedLine {
  block: number;
  kind: 'body' | 'crosshead' | 'caption' | HeadlinePart;
  column: number;
  /** Grid row of the line (0 = top of the frame). */
  row: number;
  /** Left of the line box and its baseline, in pt from the frame's top left. */
  x: number;
  baseline: number;
  line: SetLine;
}

export interface PlacedPhoto {
  block: number;
  column: number;
  row: number;
  rows: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface FrameResult {
  lines: PlacedLine[];
  photos: PlacedPhoto[];
  /** Grid lines in use (including lines skipped to keep a crosshead with its paragraph). */
  linesUsed: number;
  linesCapacity: number;
  /** Grid lines the rest of the story needs at this measure (overset). */
  linesOver: number;
  /** Grid lines left empty after the story ended (underset). */
  linesUnder: number;
  /** Newsroom character count of the text that did not fit. */
  charsOver: number;
  /** Where to continue in the next frame; null when the story ended here. */
  breakToken: BreakToken | null;
  /** Characters the fonts lack (set with a fallback width; painting will differ). */
  missing: string[];
  notes: string[];
}
