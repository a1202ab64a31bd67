// The image matrix that shows a stored image upright in a rectangle: PDF paints an image
// into the unit square (its first row at the top), and the Exif orientation says how the
// stored rows and columns turn to stand upright. The JPEG goes in as it is; only the
// matrix turns it.

import { num } from './numbers';

/** Upright position (p, q) in [0,1], q down, as affine in image space (u, v), v up:
 * [pu, pv, p0, qu, qv, q0] with p = pu·u + pv·v + p0, q = qu·u + qv·v + q0. */
const ORIENTATIONS: Record<number, readonly number[]> = {
  1: [1, 0, 0, 0, -1, 1],
  2: [-1, 0, 1, 0, -1, 1],
  3: [-1, 0, 1, 0, 1, 0],
  4: [1, 0, 0, 0, 1, 0],
  5: [0, -1, 1, 1, 0, 0],
  6: [0, 1, 0, 1, 0, 0],
  7: [0, 1, 0, -1, 0, 1],
  8: [0, -1, 1, -1, 0, 1],
};

export interface PlaceRect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** `a b c d e f` for `cm`: the image upright in `place` (top-down page coordinates) on a
 * page `pageHeight` tall (PDF's y runs up). Unknown orientations count as upright. */
export function imageMatrix(place: PlaceRect, orientation: number, pageHeight: number): number[] {
  const [pu, pv, p0, qu, qv, q0] = ORIENTATIONS[orientation] ?? ORIENTATIONS[1] ?? [];
  const { x, y, width: w, height: h } = place;
  return [
    w * (pu ?? 0),
    -h * (qu ?? 0),
    w * (pv ?? 0),
    -h * (qv ?? 0),
    x + w * (p0 ?? 0),
    pageHeight - y - h * (q0 ?? 0),
  ];
}

export function matrixOperator(m: number[]): string {
  return `${m.map(num).join(' ')} cm`;
}
