// The crop editor's arithmetic: the whole image's rectangle behind a photo frame, moved or
// scaled and kept covering the frame, and the crop (fractions of the image) it shows.

import type { LayoutRect } from '../../../shared/contract/wire/layout-page';
import type { CropRect } from '../../../shared/model/module-controls';

/** Smallest share of the image a crop may show (the contract's lower bound). */
const MIN_SHARE = 0.05;

/** `place` moved by dx, dy (pt) but never so far that the frame shows past the image. */
export function panned(box: LayoutRect, place: LayoutRect, dx: number, dy: number): LayoutRect {
  const clamp = (v: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, v));
  return {
    ...place,
    x: clamp(place.x + dx, box.x + box.w - place.w, box.x),
    y: clamp(place.y + dy, box.y + box.h - place.h, box.y),
  };
}

/** `place` scaled by `factor` about the frame's centre (at least covering the frame). */
export function zoomed(box: LayoutRect, place: LayoutRect, factor: number): LayoutRect {
  // No smaller than covering the frame, no larger than showing MIN_SHARE of the image.
  const least = Math.max(box.w / place.w, box.h / place.h);
  const most = Math.min(box.w / place.w, box.h / place.h) / MIN_SHARE;
  const f = Math.min(most, Math.max(least, factor));
  const cx = box.x + box.w / 2;
  const cy = box.y + box.h / 2;
  const scaled = {
    x: cx - (cx - place.x) * f,
    y: cy - (cy - place.y) * f,
    w: place.w * f,
    h: place.h * f,
  };
  return panned(box, scaled, 0, 0);
}

/** The part of the image the frame shows, as fractions of the image, rounded to 1/10,000. */
export function cropOf(box: LayoutRect, place: LayoutRect): CropRect {
  const r = (n: number) => Math.round(n * 10_000) / 10_000;
  const width = Math.min(1, Math.max(MIN_SHARE, r(box.w / place.w)));
  const height = Math.min(1, Math.max(MIN_SHARE, r(box.h / place.h)));
  return {
    x: Math.min(1 - width, Math.max(0, r((box.x - place.x) / place.w))),
    y: Math.min(1 - height, Math.max(0, r((box.y - place.y) / place.h))),
    width,
    height,
  };
}
