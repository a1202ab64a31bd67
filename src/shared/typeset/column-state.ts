// Where a column flow stands (column-flow.ts): the column and grid line it fills, and where
// it stopped when the frame filled up.

import type { BreakToken } from './types';

/** Column state of one flow. */
export interface Columns {
  H: number;
  top: number;
  colTop: number[];
  col: number;
  row: number;
  bodyStarted: boolean;
}

/** Moves to the next column; false when the frame has none left. */
export function nextColumn(c: Columns, columns: number): boolean {
  c.col++;
  if (c.col >= columns) return false;
  c.row = c.colTop[c.col] ?? c.top;
  return true;
}

/** Where the frame filled up: the token, and the grid lines of its block left unplaced. */
export interface Stop {
  token: BreakToken;
  rows: number;
  chars: number;
}
