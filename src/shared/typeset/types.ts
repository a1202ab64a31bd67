// Plain input and output types of the typesetting engine. Input is deliberately plain data
// (runs of text with a style) so the Slate story document can be mapped onto it elsewhere.

import type { FontKey } from './font-metrics';
import { DEFAULT_LATIN, type LatinSetting } from './latin-setting';

/** 禁则 strictness: basic (default), gb (adds ／ at line end), strict (adds —— …… at start). */
export const KINSOKU_LEVELS = ['basic', 'gb', 'strict'] as const;
export type KinsokuLevel = (typeof KINSOKU_LEVELS)[number];

/** Latin hyphenation patterns, or none. */
export const HYPHENATION_LANGUAGES = ['en-us', 'en-gb', 'off'] as const;
export type HyphenationLanguage = (typeof HYPHENATION_LANGUAGES)[number];

export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
}

/** pullquote: a sentence of the story set large in one column (layout's fill, not the story's). */
export type ParagraphStyle = 'body' | 'quote' | 'crosshead' | 'caption' | 'pullquote';

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
  /**
   * At the top of a frame: the photo spans this many columns (clamped to the frame), from
   * the first column, or with `side: 'end'` the last ones, the text flowing beside it.
   */
  columns?: number;
  side?: 'start' | 'end';
  id?: string;
}

export type StoryBlock = ParagraphBlock | PhotoBlock;

export interface HeadlineStack {
  kicker?: string;
  headline: string;
  /** The headline in the regular weight instead of bold (the editor's choice). */
  regular?: boolean;
  subhead?: string;
  byline?: string;
}

/** The parts of a headline stack, in the order they are set. */
export const HEADLINE_PARTS = ['kicker', 'headline', 'subhead', 'byline'] as const;
export type HeadlinePart = (typeof HEADLINE_PARTS)[number];

/** What a set line is: running text, a crosshead, a caption, or a part of the headline. */
export const LINE_KINDS = ['body', 'crosshead', 'caption', 'pullquote', ...HEADLINE_PARTS] as const;
export type LineKind = (typeof LINE_KINDS)[number];

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
  /** Hyphenation and justification of Latin text. */
  latin: LatinSetting;
  /** Set Latin text in the Latin faces (all an English paper's text but Han). */
  latinFace: boolean;
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
  latin: DEFAULT_LATIN,
  latinFace: false,
};

export interface FrameSpec {
  columns: number;
  /** Width of one column (the measure) in pt. */
  columnWidth: number;
  gutter: number;
  /** Height of the frame in grid lines. */
  heightLines: number;
}

/**
 * Where the rest of a story continues: serializable as JSON, stable across runs. An immutable
 * value (the engine freezes the ones it makes): frames resume from the same token.
 */
export interface BreakToken {
  readonly block: number;
  /** UTF-16 offset into the block's text (0 for a photo not yet placed). */
  readonly offset: number;
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
  /** The line ends inside a word with an added hyphen (its last glyph is that hyphen). */
  hyphenated?: boolean;
  /** Latin line that could not be justified within the word-space bounds. */
  loose?: boolean;
}

export interface PlacedLine {
  readonly block: number;
  readonly kind: LineKind;
  readonly column: number;
  /** Grid row of the line (0 = top of the frame). */
  readonly row: number;
  /** Left of the line box and its baseline, in pt from the frame's top left. */
  readonly x: number;
  readonly baseline: number;
  readonly line: SetLine;
}

export interface PlacedPhoto {
  readonly block: number;
  readonly column: number;
  readonly row: number;
  readonly rows: number;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** The figures of a story flowed into a frame (`measureFrame`; `flowFrame` adds the lines). */
export interface FrameMeasure {
  /** Grid lines in use (including lines skipped to keep a crosshead with its paragraph). */
  readonly linesUsed: number;
  readonly linesCapacity: number;
  /** Grid lines the rest of the story needs at this measure (overset). */
  readonly linesOver: number;
  /** Grid lines left empty after the story ended (underset). */
  readonly linesUnder: number;
  /** Newsroom character count of the text that did not fit. */
  readonly charsOver: number;
  /** Where to continue in the next frame; null when the story ended here. */
  readonly breakToken: BreakToken | null;
  /** Columns the story reached, from the first (all of them when it is overset). */
  readonly columnsUsed: number;
  /** Grid lines of the last of them below its top (0 when overset). */
  readonly lastColumnLines: number;
}

/** A frame set: an immutable value (frozen), so a part or a jump cannot change another's. */
export interface FrameResult extends FrameMeasure {
  readonly lines: readonly PlacedLine[];
  readonly photos: readonly PlacedPhoto[];
  /** Characters the fonts lack (set with a fallback width; painting will differ). */
  readonly missing: readonly string[];
  readonly notes: readonly string[];
}
