// The largest empty rectangle of the body grid once fixed modules are placed: auto-layout
// fills that one (by area; ties go to the higher and further-left rectangle).

import type { ModuleSpec } from './types';

export function occupancy(columns: number, rows: number, modules: ModuleSpec[]): Uint8Array {
  const grid = new Uint8Array(columns * rows);
  for (const m of modules) {
    for (let c = m.col; c < m.col + m.cols; c++) {
      for (let r = m.line; r < m.line + m.lines; r++) grid[r * columns + c] = 1;
    }
  }
  return grid;
}

/** Largest all-free rectangle (histogram method per grid line); null when none. */
export function largestFreeRect(
  grid: Uint8Array,
  columns: number,
  rows: number,
): ModuleSpec | null {
  const heights = new Array<number>(columns).fill(0);
  let best: ModuleSpec | null = null;
  let bestArea = 0;
  // Walk from the bottom so a column's height is the free run going down from this line.
  for (let r = rows - 1; r >= 0; r--) {
    for (let c = 0; c < columns; c++)
      heights[c] = grid[r * columns + c] ? 0 : (heights[c] ?? 0) + 1;
    for (let c0 = 0; c0 < columns; c0++) {
      let h = Number.POSITIVE_INFINITY;
      for (let c1 = c0; c1 < columns; c1++) {
        h = Math.min(h, heights[c1] ?? 0);
        if (h === 0) break;
        const area = h * (c1 - c0 + 1);
        if (area >= bestArea) {
          bestArea = area;
          best = { col: c0, line: r, cols: c1 - c0 + 1, lines: h };
        }
      }
    }
  }
  return best;
}

/**
 * The free space around fixed modules as rectangles that tile it: the body is cut into
 * bands at every module's top and bottom, each band's free column runs are rectangles,
 * and a rectangle continues the one above it where both span the same columns. Largest
 * first (ties: higher, then further left).
 */
export function freeRects(columns: number, rows: number, modules: ModuleSpec[]): ModuleSpec[] {
  const cuts = new Set<number>([0, rows]);
  for (const m of modules) {
    cuts.add(Math.max(0, Math.min(rows, m.line)));
    cuts.add(Math.max(0, Math.min(rows, m.line + m.lines)));
  }
  const lines = [...cuts].sort((a, b) => a - b);
  const used = occupancy(columns, rows, modules);
  const open: ModuleSpec[] = [];
  const done: ModuleSpec[] = [];
  for (let k = 0; k + 1 < lines.length; k++) {
    const top = lines[k] as number;
    const bottom = lines[k + 1] as number;
    const runs: ModuleSpec[] = [];
    for (let c = 0; c < columns; ) {
      if (used[top * columns + c]) {
        c++;
        continue;
      }
      const start = c;
      while (c < columns && !used[top * columns + c]) c++;
      runs.push({ col: start, line: top, cols: c - start, lines: bottom - top });
    }
    const next: ModuleSpec[] = [];
    for (const run of runs) {
      const above = open.find((o) => o.col === run.col && o.cols === run.cols);
      if (above) {
        above.lines += run.lines;
        next.push(above);
      } else next.push(run);
    }
    for (const o of open) if (!next.includes(o)) done.push(o);
    open.length = 0;
    open.push(...next);
  }
  done.push(...open);
  return done.sort(
    (a, b) => b.cols * b.lines - a.cols * a.lines || a.line - b.line || a.col - b.col,
  );
}
