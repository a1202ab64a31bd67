// Turns runs of text into per-character arrays (class, font, advance, compression, spacing,
// break opportunities) plus prefix sums, so that line breaking can measure any candidate
// line in constant time. Everything is in pt at the paragraph's size.

import { Arena } from './arena';
import { findBreakOpportunities } from './break-opportunities';
import { CharClass, classify } from './char-class';
import {
  type FontFamilyKind,
  type FontKey,
  type FontSet,
  fontKey,
  latinFamily,
} from './font-metrics';
import { GapKind, gapKindOf } from './gap-kind';
import { hyphenationPoints } from './hyphenate';
import { isLatinText, keepApostrophesInWords } from './latin-script';
import { DEFAULT_LATIN, type LatinSetting } from './latin-setting';
import { type MarkArrays, markArrays, markAt } from './mark-arrays';
import { keepReporterNames } from './reporter-names';
import type { KinsokuLevel, TextRun, TypesetSettings } from './types';
import { keepUrlsWhole } from './url-breaks';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const classOf = classify;
const gapBetween = gapKindOf;
const HAN_LATIN_GAP = GapKind.HanLatin;
export interface TextStyle {
  family: FontFamilyKind;
  size: number;
  /** Force bold for the whole text (crossheads, headlines). */
  bold?: boolean;
  kinsoku: KinsokuLevel;
  hanLatinSpaceEm: number;
  /** Running text (body, quote, caption): a Latin paragraph may hyphenate and is broken by
   * total fit. Headlines and furniture leave it out: no hyphens, first-fit breaks. */
  running?: boolean;
  /** Latin word-space bounds and letter-spacing (DEFAULT_LATIN when left out). */
  latin?: LatinSetting;
  /** Set Latin in the Latin faces: all but Han in a Latin paragraph, Latin-script
   * characters in a Chinese one. */
  latinFace?: boolean;
}

/** A block's face and size with the paper's kinsoku level, Han–Latin space and Latin H&J. */
export function textStyle(
  style: { family: FontFamilyKind; size: number; bold?: boolean; running?: boolean },
  settings: Pick<TypesetSettings, 'kinsoku' | 'hanLatinSpaceEm'> & {
    latin?: LatinSetting;
    latinFace?: boolean;
  },
): TextStyle {
  return {
    family: style.family,
    size: style.size,
    bold: style.bold,
    kinsoku: settings.kinsoku,
    hanLatinSpaceEm: settings.hanLatinSpaceEm,
    running: style.running,
    latin: settings.latin,
    latinFace: settings.latinFace,
  };
}

export { GapKind } from './gap-kind';
export { DEFAULT_LATIN, type LatinSetting } from './latin-setting';

export interface PreparedText {
  text: string;
  size: number;
  /** Number of code points. */
  n: number;
  /** UTF-16 offset of each code point; offsets[n] = text.length. */
  offsets: Int32Array;
  cls: Uint8Array;
  fonts: FontKey[];
  advance: Float64Array;
  // Every array is read-only once prepared: the mark and gap arrays (trims, bracket shrink,
  // gaps and their sums) of plain Latin text are one shared array of zeros (mark-arrays.ts).
  /** Compression (positive) or padding (negative) on each side, applied wherever it sits. */
  trimLeft: Float64Array;
  trimRight: Float64Array;
  /** Extra left trim when the character starts a line (opening bracket loses ½ em). */
  startTrim: Float64Array;
  /** Right trim available when the character ends a line (set half-width). */
  endTrim: Float64Array;
  /** Shrink available mid-line: brackets to half width, Latin spaces. */
  bracketShrink: Float64Array;
  spaceShrink: Float64Array;
  spaceStretch: Float64Array;
  /** Fixed space before the character (Han–Latin ¼ em), and what kind of gap it is. */
  gapBefore: Float64Array;
  gapKind: Uint8Array;
  breakAfter: Uint8Array;
  /** 1 where a line may end inside a word with an added hyphen (running Latin text only). */
  hyphenAfter: Uint8Array;
  /** Prefix sums (length n + 1) of box widths, gaps, space shrink and stretch, bracket
   * shrink. */
  boxSum: Float64Array;
  gapSum: Float64Array;
  spaceShrinkSum: Float64Array;
  spaceStretchSum: Float64Array;
  bracketShrinkSum: Float64Array;
  /** A Latin paragraph: word spaces within bounds, letter-spacing as a last resort only. */
  latin: boolean;
  /** Broken by total fit (running Latin text) rather than first fit. */
  optimal: boolean;
  /** Most letter-spacing per letter gap, in pt (Latin paragraphs). */
  letterSpacing: number;
  /** Width of the hyphen added at a hyphenated line end, by face. */
  hyphenWidth: Partial<Record<FontKey, number>>;
  missing: string[];
}

const FULL_WIDTH_MIN_EM = 0.9;
const SPACE_SHRINK_RATIO = 0.4;
const SPACE_STRETCH_RATIO = 1;

/** Number of code points, counted run by run as prepareText walks them (a surrogate pair
 * split across two runs counts as two). */
function codePointCount(runs: TextRun[]): number {
  let n = 0;
  for (const run of runs) {
    const t = run.text;
    for (let i = 0; i < t.length; i++) {
      if (t.charCodeAt(i) >= 0xd800 && (t.codePointAt(i) ?? 0) > 0xffff) i++;
      n++;
    }
  }
  return n;
}

export function prepareText(runs: TextRun[], style: TextStyle, fonts: FontSet): PreparedText {
  let text = '';
  for (const run of runs) text += run.text;
  const n = codePointCount(runs);
  const em = style.size;
  const half = em / 2;
  // 3 per-character and 3 prefix-sum Float64 arrays, the offsets, 4 byte arrays; the
  // arrays of marks and Han–Latin gaps come later, once it is known whether any are needed.
  const arena = new Arena(8 * (6 * n + 3) + 4 * (n + 1) + 4 * n);
  // Float64 views first so every view stays 8-byte aligned.
  const advance = arena.f64(n);
  const spaceShrink = arena.f64(n);
  const spaceStretch = arena.f64(n);
  const boxSum = arena.f64(n + 1);
  const spaceShrinkSum = arena.f64(n + 1);
  const spaceStretchSum = arena.f64(n + 1);
  const offsets = arena.i32(n + 1);
  const cls = arena.u8(n);
  const gapKind = arena.u8(n);
  const breakAfter = arena.u8(n);
  const hyphenAfter = arena.u8(n);
  const fontKeys: FontKey[] = new Array(n);
  const missing = new Set<string>();
  const regularKey = fontKey(style.family, style.bold === true);
  const boldKey = fontKey(style.family, true);
  const regular = fonts.font(regularKey);
  const boldFont = fonts.font(boldKey);
  const hyphenWidth: Partial<Record<FontKey, number>> = {};
  for (const [key, font] of [
    [regularKey, regular],
    [boldKey, boldFont],
  ] as const) {
    hyphenWidth[key] = ((font.advance(0x2d) ?? font.unitsPerEm / 3) / font.unitsPerEm) * em;
  }
  let k = 0;
  let offset = 0;
  for (const run of runs) {
    const t = run.text;
    const isBold = run.bold === true;
    const font = isBold ? boldFont : regular;
    const key = isBold ? boldKey : regularKey;
    const upm = font.unitsPerEm;
    for (let i = 0; i < t.length; i++, k++) {
      let cp = t.charCodeAt(i);
      if (cp >= 0xd800) {
        cp = t.codePointAt(i) ?? cp;
        if (cp > 0xffff) i++;
      }
      offsets[k] = offset;
      offset += cp > 0xffff ? 2 : 1;
      const control = cp < 0x20; // tabs and stray newlines behave as spaces
      cls[k] = control ? CC.Space : classOf(cp);
      fontKeys[k] = key;
      const units = font.advance(control ? 0x20 : cp);
      if (units === undefined) missing.add(String.fromCodePoint(cp));
      advance[k] = ((units ?? upm) / upm) * em;
    }
  }
  offsets[n] = offset;
  const latin = isLatinText(cls);
  if (style.latinFace === true) {
    setInLatinFaces(runs, style, fonts, latin, { cls, advance, fontKeys, hyphenWidth, missing });
  }
  const h = style.latin ?? DEFAULT_LATIN;
  const shrinkRatio = latin ? 1 - h.wordSpaceMin : SPACE_SHRINK_RATIO;
  const stretchRatio = latin ? h.wordSpaceMax - 1 : SPACE_STRETCH_RATIO;
  const optimal = latin && style.running === true;
  if (optimal) hyphenationPoints(text, n, h.hyphenation, cls, hyphenAfter);

  const minFull = FULL_WIDTH_MIN_EM * em;
  const marks = markArrays(cls, advance, minFull);
  const { trimLeft, trimRight, startTrim, endTrim, bracketShrink, gapBefore } = marks;
  const { gapSum, bracketShrinkSum } = marks;
  // Shared marks: no full-width marks, no dash or ellipsis pairs (running Latin text).
  const shared = marks.shared;
  if (!shared) adjustMarks(cls, advance, marks, minFull, em);

  const hanLatin = style.hanLatinSpaceEm * em;
  let prev = 0;
  let boxRun = 0;
  let gapRun = 0;
  let spaceShrinkRun = 0;
  let bracketShrinkRun = 0;
  let spaceStretchRun = 0;
  for (let k = 0; k < n; k++) {
    const c = cls[k] ?? 0;
    const adv = advance[k] ?? 0;
    const mark = shared ? 0 : markAt(cls, advance, k, minFull);
    if (mark === 1) {
      startTrim[k] = Math.max(0, half - (trimLeft[k] ?? 0));
      bracketShrink[k] = startTrim[k] ?? 0;
    } else if (mark === 2) {
      endTrim[k] = Math.max(0, half - (trimRight[k] ?? 0));
      if (c === CC.Close) bracketShrink[k] = endTrim[k] ?? 0;
    } else if (c === CC.Space) {
      spaceShrink[k] = adv * shrinkRatio;
      spaceStretch[k] = adv * stretchRatio;
    }
    if (k > 0) {
      const gap = gapBetween(prev, c);
      if (gap === HAN_LATIN_GAP) gapBefore[k] = hanLatin;
      gapKind[k] = gap;
    }
    prev = c;
    // Prefix sums in the same pass (everything at k is final by now), kept in locals.
    boxRun += adv - (trimLeft[k] ?? 0) - (trimRight[k] ?? 0);
    gapRun += gapBefore[k] ?? 0;
    spaceShrinkRun += spaceShrink[k] ?? 0;
    bracketShrinkRun += bracketShrink[k] ?? 0;
    spaceStretchRun += spaceStretch[k] ?? 0;
    spaceStretchSum[k + 1] = spaceStretchRun;
    boxSum[k + 1] = boxRun;
    spaceShrinkSum[k + 1] = spaceShrinkRun;
    if (!shared) {
      gapSum[k + 1] = gapRun;
      bracketShrinkSum[k + 1] = bracketShrinkRun;
    }
  }
  findBreakOpportunities(cls, style.kinsoku, breakAfter);
  keepReporterNames(text, breakAfter);
  if (latin) {
    keepUrlsWhole(text, offsets, breakAfter);
    keepApostrophesInWords(text, offsets, cls, breakAfter);
  }

  return {
    text,
    size: em,
    n,
    offsets,
    cls,
    fonts: fontKeys,
    advance,
    trimLeft,
    trimRight,
    startTrim,
    endTrim,
    bracketShrink,
    spaceShrink,
    spaceStretch,
    gapBefore,
    gapKind,
    breakAfter,
    hyphenAfter,
    boxSum,
    gapSum,
    spaceShrinkSum,
    spaceStretchSum,
    bracketShrinkSum,
    latin,
    optimal,
    letterSpacing: latin ? h.letterSpacingEm * em : 0,
    hyphenWidth,
    missing: [...missing],
  };
}

/** Pairs of full-width marks and of dashes or ellipses: their trims, before breaking (禁则
 * sees compressed widths). */
function adjustMarks(
  cls: Uint8Array,
  advance: Float64Array,
  marks: MarkArrays,
  minFull: number,
  em: number,
): void {
  const n = cls.length;
  const half = em / 2;
  const { trimLeft, trimRight } = marks;
  // Two adjacent full-width marks take 1.5 em: drop the blank half between them.
  let prevMark = n > 0 ? markAt(cls, advance, 0, minFull) : 0;
  for (let k = 1; k < n; k++) {
    const mark = markAt(cls, advance, k, minFull);
    if (prevMark !== 0 && mark !== 0) {
      if (prevMark === 2 && trimRight[k - 1] === 0) trimRight[k - 1] = half;
      else if (mark === 1 && trimLeft[k] === 0) trimLeft[k] = half;
    }
    prevMark = mark;
  }
  // —— and …… take exactly 2 em: pad the pair on its outer sides if the font is narrower.
  for (let k = 0; k + 1 < n; k++) {
    const c = cls[k];
    if ((c !== CC.Dash && c !== CC.Ellipsis) || cls[k + 1] !== c) continue;
    const pad = Math.max(0, 2 * em - (advance[k] ?? 0) - (advance[k + 1] ?? 0)) / 2;
    trimLeft[k] = -pad;
    trimRight[k + 1] = -pad;
    k++;
  }
}

interface FaceArrays {
  cls: Uint8Array;
  advance: Float64Array;
  fontKeys: FontKey[];
  hyphenWidth: Partial<Record<FontKey, number>>;
  missing: Set<string>;
}

/** Moves Latin characters to the Latin face of the style's family (where it has them). */
function setInLatinFaces(
  runs: TextRun[],
  style: TextStyle,
  fonts: FontSet,
  latinParagraph: boolean,
  a: FaceArrays,
): void {
  const family = latinFamily(style.family);
  const em = style.size;
  let k = 0;
  for (const run of runs) {
    const key = fontKey(family, style.bold === true || run.bold === true);
    const font = fonts.font(key);
    const upm = font.unitsPerEm;
    a.hyphenWidth[key] = ((font.advance(0x2d) ?? upm / 3) / upm) * em;
    const t = run.text;
    for (let i = 0; i < t.length; i++, k++) {
      let cp = t.charCodeAt(i);
      if (cp >= 0xd800) {
        cp = t.codePointAt(i) ?? cp;
        if (cp > 0xffff) i++;
      }
      const c = a.cls[k];
      if (c === CC.Han || c === CC.Interpunct || (!latinParagraph && cp >= 0x2000)) continue;
      const units = font.advance(Math.max(cp, 0x20)); // controls set as spaces
      if (units === undefined) continue; // the CJK face keeps what the Latin face lacks
      a.advance[k] = (units / upm) * em;
      a.fontKeys[k] = key;
    }
  }
  // A character the Latin face covers is not missing.
  for (const ch of [...a.missing]) {
    const cp = ch.codePointAt(0) ?? 0;
    if (fonts.font(fontKey(family, false)).hasGlyph(cp)) a.missing.delete(ch);
  }
}

/** Index of the code point that starts at (or contains) UTF-16 offset `offset`. */
export function indexAtOffset(p: PreparedText, offset: number): number {
  let lo = 0;
  let hi = p.n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((p.offsets[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
