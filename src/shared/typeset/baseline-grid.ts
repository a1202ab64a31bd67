// Baseline-grid geometry: every line sits in a band of `leading` pt with the ideographic
// em box centred in it, so neighbouring columns line up.

/** Top of the ideographic em box above the baseline, as a fraction of the size (Noto CJK). */
export const EM_BOX_ASCENT = 0.88;

export function baselineInBand(bandTop: number, bandHeight: number, size: number): number {
  return bandTop + (bandHeight - size) / 2 + EM_BOX_ASCENT * size;
}

export function rowsFor(height: number, leading: number): number {
  return Math.max(1, Math.ceil(height / leading - 1e-9));
}

export function frameWidth(columns: number, columnWidth: number, gutter: number): number {
  return columns * columnWidth + (columns - 1) * gutter;
}
