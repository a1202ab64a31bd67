// Shared helpers for the engine's unit tests (pure, so it type-checks with the engine).

import { setText } from './set-text';
import { syntheticFontSet } from './synthetic-font';
import type { KinsokuLevel, SetLine } from './types';

export const EM = 9;
export const fonts = syntheticFontSet();

/** Sets `text` at `measureEm` ems of 9 pt with the synthetic font; no indent unless asked. */
export function setEm(
  text: string,
  measureEm: number,
  options: { kinsoku?: KinsokuLevel; indentEm?: number } = {},
): SetLine[] {
  return setText(text, fonts, {
    measure: measureEm * EM,
    settings: { kinsoku: options.kinsoku ?? 'basic', indentEm: options.indentEm ?? 0 },
  }).lines;
}

export function texts(lines: SetLine[]): string[] {
  return lines.map((l) => l.text);
}

/** Pen x of each glyph, rounded to 1/1000 pt. */
export function xs(line: SetLine | undefined): number[] {
  return (line?.glyphs ?? []).map((g) => Math.round(g.x * 1000) / 1000);
}
