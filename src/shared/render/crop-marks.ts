// Crop marks: thin lines on the trim's edges, outside the trim at each corner, in the
// bleed and slug area (never inside the trim). Nothing to draw without that area.

import { mm } from './css';

const MARK_MM = 0.1;

/** Marks for a trim of w x h mm set `offset` mm into the page box (bleed + slug). */
export function cropMarks(w: number, h: number, offset: number, bleed: number): string {
  if (offset <= 0) return '';
  // Keep clear of the bleed where there is a slug; in bleed alone keep a small gap.
  const gap = offset > bleed ? bleed : offset / 4;
  const len = offset - gap;
  const xs = [offset, offset + w];
  const ys = [offset, offset + h];
  const out: string[] = [];
  for (const x of xs) {
    for (const y of ys) {
      const outX = x === offset ? 0 : x + gap;
      const outY = y === offset ? 0 : y + gap;
      // Horizontal mark along the trim line y, vertical along x.
      out.push(box(outX, y - MARK_MM / 2, len, MARK_MM));
      out.push(box(x - MARK_MM / 2, outY, MARK_MM, len));
    }
  }
  return `<div data-furniture="crop-marks">${out.join('')}</div>`;
}

function box(x: number, y: number, w: number, h: number): string {
  return `<div class="mark" style="left:${mm(x)};top:${mm(y)};width:${mm(w)};height:${mm(h)}"></div>`;
}
