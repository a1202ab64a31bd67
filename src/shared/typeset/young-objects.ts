// The objects an English frame keeps until it is dropped (its placed lines, their lines,
// glyph arrays and glyphs), made so that V8 allocates them young. V8 pretenures what an
// object or array literal (or `new Array(n)`) makes once its objects outlive a scavenge, as a
// frame's do; a pretenured object is old at once, and a dead old object keeps the young ones
// it points to alive through every scavenge until a full collection: each scavenge of an
// English page copied megabytes of glyphs. Constructors and copies have no allocation site.
// Each prototype is Object.prototype: the same plain objects, same keys in the same order.
// Chinese frames measured the other way round (bench:typeset), so they keep their literals.

import type { FontKey } from './font-metrics';
import type { LineKind, PlacedLine, SetGlyph, SetLine } from './types';

function GlyphObject(
  this: SetGlyph,
  text: string,
  offset: number,
  x: number,
  advance: number,
  font: FontKey,
): void {
  this.text = text;
  this.offset = offset;
  this.x = x;
  this.advance = advance;
  this.font = font;
}
GlyphObject.prototype = Object.prototype;
export const Glyph = GlyphObject as unknown as new (
  text: string,
  offset: number,
  x: number,
  advance: number,
  font: FontKey,
) => SetGlyph;

/** Arrays of holes by length, copied to make a line's glyph array (see `youngArray`). */
const holes: SetGlyph[][] = [];
const HOLES_MAX = 512;

/** A fresh array of `n` holes: a copy of a kept one, so it has no allocation site. */
export function youngArray(n: number): SetGlyph[] {
  if (n >= HOLES_MAX) return new Array(n);
  let t = holes[n];
  if (!t) {
    t = new Array(n);
    holes[n] = t;
  }
  return t.slice();
}

function LineObject(
  this: SetLine,
  text: string,
  start: number,
  end: number,
  size: number,
  glyphs: SetGlyph[],
  width: number,
  measure: number,
  justified: boolean,
  forcedBreak: boolean,
  firstOfParagraph: boolean,
  lastOfParagraph: boolean,
): void {
  this.text = text;
  this.start = start;
  this.end = end;
  this.size = size;
  this.glyphs = glyphs;
  this.width = width;
  this.measure = measure;
  this.justified = justified;
  this.forcedBreak = forcedBreak;
  this.firstOfParagraph = firstOfParagraph;
  this.lastOfParagraph = lastOfParagraph;
}
LineObject.prototype = Object.prototype;
/** A set line without its optional flags (hyphenated, loose): the caller adds those. */
export const Line = LineObject as unknown as new (
  text: string,
  start: number,
  end: number,
  size: number,
  glyphs: SetGlyph[],
  width: number,
  measure: number,
  justified: boolean,
  forcedBreak: boolean,
  firstOfParagraph: boolean,
  lastOfParagraph: boolean,
) => SetLine;

function PlacedLineObject(
  this: { -readonly [K in keyof PlacedLine]: PlacedLine[K] },
  block: number,
  kind: LineKind,
  column: number,
  row: number,
  x: number,
  baseline: number,
  line: SetLine,
): void {
  this.block = block;
  this.kind = kind;
  this.column = column;
  this.row = row;
  this.x = x;
  this.baseline = baseline;
  this.line = line;
}
PlacedLineObject.prototype = Object.prototype;
export const YoungPlacedLine = PlacedLineObject as unknown as new (
  block: number,
  kind: LineKind,
  column: number,
  row: number,
  x: number,
  baseline: number,
  line: SetLine,
) => PlacedLine;
