// Justification of one line: shrink first (line-end punctuation to half width, Latin spaces,
// brackets), then stretch (Latin spaces, Han–Latin space, then even inter-character
// spacing), and write every glyph's pen position so painting needs no layout of its own.

import { CharClass } from './char-class';
import { GapKind } from './gap-kind';
import { hyphenWidthAt, letterGaps } from './line-ends';
import { type LineExtent, measureLine } from './line-metrics';
import type { PreparedText } from './prepare-text';
import type { SetGlyph, SetLine } from './types';
import { Glyph, Line, youngArray } from './young-objects';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const GK = { ...GapKind };
export interface LineSetting {
  /** Available width after the indent. */
  measure: number;
  /** Left indent of this line in pt (first-line indent); the line box spans indent + measure. */
  indent: number;
  justify: boolean;
  align: 'left' | 'center';
  firstOfParagraph: boolean;
  lastOfParagraph: boolean;
  forced: boolean;
  /** The line ends inside a word: add a hyphen. */
  hyphen?: boolean;
}

const EPSILON = 1e-9;
const HAN_LATIN_STRETCH_EM = 0.25;

interface Adjustments {
  endTrim: number;
  spaceFactor: number;
  bracketFactor: number;
  hanLatinFactor: number;
  evenGap: number;
  evenKinds: 'inter' | 'all';
  /** Latin letter-spacing per gap between two visible characters (last resort). */
  letterGap: number;
  loose: boolean;
}

function plan(
  p: PreparedText,
  x: LineExtent,
  start: number,
  s: LineSetting,
  hyphenWidth: number,
): Adjustments {
  const adj: Adjustments = {
    endTrim: 0,
    spaceFactor: 0,
    bracketFactor: 0,
    hanLatinFactor: 0,
    evenGap: 0,
    evenKinds: 'inter',
    letterGap: 0,
    loose: false,
  };
  let diff = s.measure - x.natural - hyphenWidth;
  if (diff < -EPSILON) {
    let need = -diff;
    adj.endTrim = Math.min(need, x.shrinkEnd);
    need -= adj.endTrim;
    const spaces = Math.min(need, x.shrinkSpaces);
    if (x.shrinkSpaces > 0) adj.spaceFactor = -spaces / x.shrinkSpaces;
    need -= spaces;
    if (x.shrinkBrackets > 0) adj.bracketFactor = Math.min(1, need / x.shrinkBrackets);
    return adj;
  }
  if (!s.justify || diff <= EPSILON) return adj;
  if (p.latin) return planLatin(p, x, start, diff, hyphenWidth > 0, adj);
  const spaceRoom = sumOver(p.spaceStretch, start, x.last + 1);
  if (spaceRoom > 0) {
    const used = Math.min(diff, spaceRoom);
    adj.spaceFactor = used / spaceRoom;
    diff -= used;
  }
  const hanLatinGaps = countHanLatinGaps(p, start, x.last);
  if (diff > EPSILON && hanLatinGaps > 0) {
    const room = hanLatinGaps * HAN_LATIN_STRETCH_EM * p.size;
    const used = Math.min(diff, room);
    adj.hanLatinFactor = used / room;
    diff -= used;
  }
  if (diff > EPSILON) {
    let gaps = countStretchableGaps(p, start, x.last);
    if (gaps === 0 && hasLetters(p, start, x.last)) {
      adj.loose = true; // a Latin word alone on a line is never letterspaced by Han rules
      return adj;
    }
    if (gaps === 0) {
      gaps = x.last - start; // a line of one unbreakable unit: spread it rather than leave it short
      adj.evenKinds = 'all';
    }
    if (gaps > 0) adj.evenGap = diff / gaps;
  }
  return adj;
}

/** Latin: word spaces up to their bound, then bounded letter-spacing, then a loose line
 * (the rest goes to the word spaces beyond the bound; a lone word stays short). */
function planLatin(
  p: PreparedText,
  x: LineExtent,
  start: number,
  diff: number,
  hyphen: boolean,
  adj: Adjustments,
): Adjustments {
  const room = (p.spaceStretchSum[x.last + 1] ?? 0) - (p.spaceStretchSum[start] ?? 0);
  const used = Math.min(diff, room);
  let rest = diff - used;
  if (rest > EPSILON) {
    const gaps = letterGaps(p, start, x.last) + (hyphen ? 1 : 0);
    if (gaps > 0) {
      adj.letterGap = Math.min(p.letterSpacing, rest / gaps);
      rest -= adj.letterGap * gaps;
    }
  }
  if (rest > EPSILON) adj.loose = true;
  if (room > 0) adj.spaceFactor = (used + (rest > EPSILON ? rest : 0)) / room;
  return adj;
}

function hasLetters(p: PreparedText, start: number, last: number): boolean {
  for (let k = start; k <= last; k++) if (p.cls[k] === CC.Letter) return true;
  return false;
}

function sumOver(a: Float64Array, from: number, to: number): number {
  let sum = 0;
  for (let k = from; k < to; k++) sum += a[k] ?? 0;
  return sum;
}

// Two plain loops rather than one taking a predicate: a callback per character is slow.
function countHanLatinGaps(p: PreparedText, start: number, last: number): number {
  let count = 0;
  for (let k = start + 1; k <= last; k++) if (p.gapKind[k] === GK.HanLatin) count++;
  return count;
}

function countStretchableGaps(p: PreparedText, start: number, last: number): number {
  let count = 0;
  for (let k = start + 1; k <= last; k++) if (p.gapKind[k] !== GK.Fixed) count++;
  return count;
}

// One string per BMP code unit, made on first use: glyph texts are single characters, and
// slicing a fresh string for each of a page's glyphs is a large share of its garbage.
const charStrings: (string | undefined)[] = new Array(0x10000);

function glyphText(text: string, offset: number, next: number): string {
  if (next !== offset + 1) return text.slice(offset, next);
  const unit = text.charCodeAt(offset);
  let s = charStrings[unit];
  if (s === undefined) {
    s = text.slice(offset, next);
    charStrings[unit] = s;
  }
  return s;
}

export function setLine(p: PreparedText, start: number, end: number, s: LineSetting): SetLine {
  const extent = measureLine(p, start, end);
  const hyphenWidth = s.hyphen === true ? hyphenWidthAt(p, end - 1) : 0;
  const adj = plan(p, extent, start, s, hyphenWidth);
  const last = extent.last;
  const { advance, trimLeft, trimRight, gapBefore, gapKind, cls, offsets, text, fonts } = p;
  const hanLatinStretch = adj.hanLatinFactor * HAN_LATIN_STRETCH_EM * p.size;
  const evenAll = adj.evenKinds === 'all';
  // Sized up front (with the hyphen): growing the array glyph by glyph reallocates it.
  const count = end - start + (hyphenWidth > 0 ? 1 : 0);
  const glyphs: SetGlyph[] = p.latin ? youngArray(count) : new Array(count);
  const letterGap = adj.letterGap;
  const latin = p.latin;
  let x = s.indent;
  if (s.align === 'center' && !s.justify) x += Math.max(0, s.measure - extent.natural) / 2;
  let width = x;
  for (let k = start; k < end; k++) {
    const visible = k <= last;
    let trimL = trimLeft[k] ?? 0;
    let trimR = trimRight[k] ?? 0;
    const adv = advance[k] ?? 0;
    let box = adv;
    if (k === start) trimL += p.startTrim[k] ?? 0;
    if (k > start && visible) {
      x += gapBefore[k] ?? 0;
      const kind = gapKind[k] ?? 0;
      if (kind === GK.HanLatin) x += hanLatinStretch;
      if (evenAll || kind !== GK.Fixed) x += adj.evenGap;
      if (letterGap > 0 && cls[k] !== CC.Space && cls[k - 1] !== CC.Space) x += letterGap;
    }
    const c = cls[k];
    if (c === CC.Space) {
      box +=
        adj.spaceFactor *
        (adj.spaceFactor < 0 ? (p.spaceShrink[k] ?? 0) : (p.spaceStretch[k] ?? 0));
    } else if (k === last && adj.endTrim > 0) {
      trimR += adj.endTrim;
    } else if (k > start && adj.bracketFactor > 0) {
      const shrink = (p.bracketShrink[k] ?? 0) * adj.bracketFactor;
      if (c === CC.Open) trimL += shrink;
      else trimR += shrink;
    }
    const offset = offsets[k] ?? 0;
    const gt = glyphText(text, offset, offsets[k + 1] ?? offset);
    const font = fonts[k] ?? 'serif-400';
    glyphs[k - start] = latin
      ? new Glyph(gt, offset, x - trimL, adv, font)
      : { text: gt, offset, x: x - trimL, advance: adv, font };
    if (!visible) continue; // trailing spaces hang in the margin
    x += box - trimL - trimR;
    width = x;
  }
  const from = offsets[start] ?? 0;
  const to = offsets[end] ?? from;
  if (hyphenWidth > 0) {
    x += letterGap;
    const font = fonts[end - 1] ?? 'serif-400';
    glyphs[count - 1] = latin
      ? new Glyph('-', to, x, hyphenWidth, font)
      : { text: '-', offset: to, x, advance: hyphenWidth, font };
    width = x + hyphenWidth;
  }
  const line: SetLine = latin
    ? new Line(
        text.slice(from, to),
        from,
        to,
        p.size,
        glyphs,
        width,
        s.indent + s.measure,
        s.justify && last > start,
        s.forced,
        s.firstOfParagraph,
        s.lastOfParagraph,
      )
    : {
        text: text.slice(from, to),
        start: from,
        end: to,
        size: p.size,
        glyphs,
        width,
        measure: s.indent + s.measure,
        justified: s.justify && last > start,
        forcedBreak: s.forced,
        firstOfParagraph: s.firstOfParagraph,
        lastOfParagraph: s.lastOfParagraph,
      };
  if (hyphenWidth > 0) line.hyphenated = true;
  if (adj.loose) line.loose = true;
  return line;
}
