// How many grid lines a story part needs in a module, exactly enough to search layouts on.
// There is one column flow: each fit is the engine's own (typeset/column-flow.ts) run in its
// measure-only mode (`measureFrame`: the same flow, no glyph set, no line placed) on the
// story as the module sets it (a lead's opening photo across it) with the settings the
// module's headline gets. The session keeps each paragraph's breaks, so a fit costs
// a walk over the blocks. Fits are cached per (cols, lines).

import {
  type BreakToken,
  type FontSet,
  frameWidth,
  headlineStackRows,
  measureFrame,
  restOfStory,
  type Story,
  type TypesetSession,
  type TypesetSettings,
  typesetSession,
} from '../typeset';
import { rowsFor } from '../typeset/baseline-grid';
import type { CroppedPhoto } from './flow-part';
import { type BodyGrid, spanWidth } from './geometry';
import { continuedSettings, stackSettings } from './headline-sizes';
import { headlineControlOf } from './module-controls';
import { leadPhotoAcross } from './resolve-story';
import type { Priority } from './types';

export interface PartFit {
  /** Grid lines of the part that do not fit (at column width). */
  readonly over: number;
  /** Grid lines of the module's frame left empty, summed over its columns. */
  readonly under: number;
  /** Columns holding text (or a photo) and grid lines of the last of them (0 when overset). */
  readonly legs: number;
  readonly lastLeg: number;
}

export interface PartNeed {
  /** Grid lines of the body set in one column. */
  bodyRows: number;
  /** Grid lines above the body (headline stack and gap, or jump line and repeated head). */
  headRows(cols: number): number;
  /** Overset and empty lines of the part in a module `cols` wide and `lines` high (foot excluded). */
  fitIn(cols: number, lines: number): PartFit;
  /** Fewest module lines (foot excluded) that hold the whole part at `cols` columns. */
  rows(cols: number): number;
  /** Grid lines of the page body (a module reaching them has no foot). */
  gridRows: number;
  /**
   * Grid lines a photo spanning the module (a lead's opening photo) may grow by, cropped
   * taller, to fill a module deeper than the text needs; 0 without such a photo.
   */
  grow(cols: number): number;
  /** Grid lines that photo may shrink by, cropped wider, where the text needs them. */
  shrink(cols: number): number;
  /** Grid lines of the image of that spanning photo at `cols` (caption excluded), or 0. */
  spanPhotoRows(cols: number): number;
  /** Grid lines of air the headline may take below it beyond the usual gap (0 for a continuation). */
  headAir: number;
  /**
   * Grid lines the headline stack gives back set tight (TIGHT_LEADING: each part in fewer
   * whole grid lines), where the text needs them; 0 for a continuation or a headline the
   * editor sized.
   */
  tighten(cols: number): number;
}

export function estimateNeed(
  story: Story,
  priority: Priority,
  token: BreakToken | null,
  headlineSize: number | undefined,
  grid: BodyGrid,
  settings: TypesetSettings,
  fonts: FontSet,
  given?: TypesetSession,
): PartNeed {
  const leading = settings.leading;
  const session = typesetSession(fonts, given);
  const options = { session };

  /** The engine settings of the part in a module `cols` wide (its headline's sizes). */
  const setAt = new Map<number, TypesetSettings>();
  const settingsAt = (cols: number): TypesetSettings => {
    let s = setAt.get(cols);
    if (!s) {
      const width = spanWidth(grid, cols);
      const control = headlineControlOf(story);
      s = stackSettings(story.headline, priority, width, settings, fonts, control, session);
      setAt.set(cols, s);
    }
    return s;
  };

  // A lead's opening photo spans its module (compose-page sets it so for part 1).
  const spanned = token === null && priority === 'lead' ? leadPhotoAcross(story, 2) : story;
  const storyAt = (cols: number): Story => (cols > 1 ? spanned : story);
  const spans = spanned !== story;

  /** Rows of the whole part at column width (the engine's overset measure). */
  const bodyRows = restOfStory(story, grid.columnWidth, settings, fonts, token, options).rows;

  const heads = new Map<number, number>();
  const headRows = (cols: number): number => {
    let rows = heads.get(cols);
    if (rows !== undefined) return rows;
    const width = spanWidth(grid, cols);
    const s = settingsAt(cols);
    if (token === null) {
      rows = story.headline
        ? headlineStackRows(story.headline, width, s, fonts, session) + s.headlineGapLines
        : 0;
    } else {
      const headline = story.headline?.headline;
      const repeat = headline
        ? headlineStackRows(
            { headline },
            width,
            continuedSettings(width, s, headlineSize),
            fonts,
            session,
          ) + s.headlineGapLines
        : 0;
      rows = 1 + repeat; // the (上接…) line
    }
    heads.set(cols, rows);
    return rows;
  };

  const fits = new Map<number, PartFit>();
  const fitIn = (cols: number, lines: number): PartFit => {
    const key = cols * 8192 + lines;
    let f = fits.get(key);
    if (f) return f;
    // A continuation's frame is what the jump line and the repeated headline leave.
    const heightLines = Math.max(0, token === null ? lines : lines - headRows(cols));
    const frame = {
      columns: cols,
      columnWidth: grid.columnWidth,
      gutter: grid.gutter,
      heightLines,
    };
    const m = measureFrame(storyAt(cols), frame, settingsAt(cols), fonts, token, options);
    f = Object.freeze({
      over: m.linesOver,
      under: m.linesUnder,
      legs: m.columnsUsed,
      lastLeg: m.lastColumnLines,
    });
    fits.set(key, f);
    return f;
  };

  const tight = new Map<number, number>();
  const tighten = (cols: number): number => {
    let n = tight.get(cols);
    if (n !== undefined) return n;
    n = 0;
    // A headline the editor sized or gave lines keeps its stack as set.
    const { size, lines } = headlineControlOf(story);
    if (token === null && story.headline && size === undefined && lines === undefined) {
      const width = spanWidth(grid, cols);
      const s = tightSettings(settingsAt(cols));
      n = headRows(cols) - headlineStackRows(story.headline, width, s, fonts, session);
      n -= s.headlineGapLines;
    }
    tight.set(cols, Math.max(0, n));
    return Math.max(0, n);
  };

  const least = new Map<number, number>();
  const rows = (cols: number): number => {
    let n = least.get(cols);
    if (n !== undefined) return n;
    n = headRows(cols) + Math.max(1, Math.ceil(bodyRows / cols) - 1);
    const cap = n + bodyRows + 200;
    while (n < cap && fitIn(cols, n).over > 0) n++;
    least.set(cols, n);
    return n;
  };

  const opening = (token?.offset ?? 0) === 0 ? story.blocks[token?.block ?? 0] : undefined;
  const photo0 = opening?.kind === 'photo' ? opening : undefined;
  // A photo the editor sized or cropped keeps its shape: vertical justification leaves it.
  const edited =
    photo0 !== undefined &&
    (photo0.columns !== undefined || (photo0 as CroppedPhoto).crop !== undefined);
  const spanPhotoRows = (cols: number): number =>
    !edited && photo0 && (photo0.span === 'frame' || spans) && cols > 1
      ? rowsFor(frameWidth(cols, grid.columnWidth, grid.gutter) / photo0.aspectRatio, leading)
      : 0;
  const grow = (cols: number): number => Math.floor(spanPhotoRows(cols) * PHOTO_GROWTH);
  const shrink = (cols: number): number => Math.floor(spanPhotoRows(cols) * PHOTO_SHRINK);
  const headAir = token === null && story.headline ? HEAD_AIR : 0;

  return {
    bodyRows,
    headRows,
    fitIn,
    rows,
    gridRows: grid.rows,
    grow,
    shrink,
    spanPhotoRows,
    headAir,
    tighten,
  };
}

/** Leading of a headline stack's parts set tight (the usual is 1.25 times their size). */
export const TIGHT_LEADING = 1.05;

/** The settings of a headline stack set tight, where the text needs its lines. */
export function tightSettings(s: TypesetSettings): TypesetSettings {
  return { ...s, headlineLeadingRatio: Math.min(s.headlineLeadingRatio, TIGHT_LEADING) };
}

/** A spanning photo may be cropped up to this share taller than the image's own shape. */
export const PHOTO_GROWTH = 0.5;
/** ... and up to this share less tall (a wider crop), where the text needs the lines. */
export const PHOTO_SHRINK = 0.3;
/** Extra grid lines of space a headline may take to fill its module (vertical justification). */
export const HEAD_AIR = 2;
