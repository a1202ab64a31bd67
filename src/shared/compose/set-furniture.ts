// One line (or a few) of furniture text set by the engine, so it paints exactly like the
// body: the same advances, the same render path. Right alignment is a shift of the line.

import {
  type FontFamilyKind,
  type FontSet,
  type PlacedLine,
  prepareText,
  setParagraph,
  type TypesetSettings,
} from '../typeset';
import { baselineInBand } from '../typeset/baseline-grid';
import { textStyle } from '../typeset/prepare-text';

export interface FurnitureStyle {
  family: FontFamilyKind;
  bold: boolean;
  size: number;
  align: 'left' | 'center' | 'right';
}

export interface SetFurniture {
  lines: PlacedLine[];
  /** Height used, in pt (lines are stacked at max(size x 1.2, leading)). */
  height: number;
  missing: string[];
}

/** Sets `text` into `measure` pt, its first line band starting at `top`. */
export function setFurniture(
  text: string,
  style: FurnitureStyle,
  measure: number,
  top: number,
  settings: TypesetSettings,
  fonts: FontSet,
  kind: PlacedLine['kind'] = 'byline',
): SetFurniture {
  const prepared = prepareText([{ text }], textStyle(style, settings), fonts);
  const set = setParagraph(prepared, {
    measure,
    indent: 0,
    justify: false,
    align: style.align === 'center' ? 'center' : 'left',
  });
  const band = Math.max(style.size * 1.2, settings.leading);
  const lines = set.map((line, i) => ({
    block: -1,
    kind,
    column: 0,
    row: i,
    x: style.align === 'right' ? Math.max(0, measure - line.width) : 0,
    baseline: baselineInBand(top + i * band, band, style.size),
    line,
  }));
  return { lines, height: set.length * band, missing: prepared.missing };
}
