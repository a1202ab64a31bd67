// Crop marks: at each corner of the trim, one mark along each trim edge, drawn outside the
// bleed (a plant trims through the bleed; a mark inside it would print on the page), in
// registration colour at a weight that survives every plate.

import type { Rect } from '../compose/types';
import type { DisplayRule } from './types';

export const PT_PER_MM = 72 / 25.4;
/** Registration-safe hairline: 0.25 pt, as InDesign and Founder print them. */
export const MARK_WEIGHT = 0.25;
/** A mark starts this far beyond the bleed edge (never less than MARK_MIN_OFFSET_MM from the trim). */
export const MARK_GAP_MM = 1;
export const MARK_MIN_OFFSET_MM = 3;
export const MARK_LENGTH_MM = 5;

/** Room the marks need outside the bleed, in mm on each side. */
export function markSlugMm(bleedMm: number): number {
  return markOffsetMm(bleedMm) - bleedMm + MARK_LENGTH_MM;
}

function markOffsetMm(bleedMm: number): number {
  return Math.max(bleedMm + MARK_GAP_MM, MARK_MIN_OFFSET_MM);
}

/** Eight marks around `trim` (page coordinates), starting outside a bleed of `bleedMm`. */
export function cropMarks(trim: Rect, bleedMm: number): DisplayRule[] {
  const offset = markOffsetMm(bleedMm) * PT_PER_MM;
  const length = MARK_LENGTH_MM * PT_PER_MM;
  const left = trim.x;
  const right = trim.x + trim.width;
  const top = trim.y;
  const bottom = trim.y + trim.height;
  const mark = (x1: number, y1: number, x2: number, y2: number): DisplayRule => ({
    kind: 'rule',
    x1,
    y1,
    x2,
    y2,
    weight: MARK_WEIGHT,
    registration: true,
  });
  const out: DisplayRule[] = [];
  for (const [x, dx] of [
    [left, -1],
    [right, 1],
  ] as const) {
    for (const [y, dy] of [
      [top, -1],
      [bottom, 1],
    ] as const) {
      // Horizontal mark on the trim's y, out sideways; vertical mark on its x, out up or down.
      out.push(mark(x + dx * offset, y, x + dx * (offset + length), y));
      out.push(mark(x, y + dy * offset, x, y + dy * (offset + length)));
    }
  }
  return out;
}
