import type { LayoutPage, LayoutRect, ModuleSpec } from '../../../shared/contract/wire/layout-page';

type Grid = LayoutPage['grid'];

/** A module's rectangle on the page, in pt. */
export function moduleRect(grid: Grid, m: ModuleSpec): LayoutRect {
  const pitch = grid.columnWidth + grid.gutter;
  return {
    x: grid.left + m.col * pitch,
    y: grid.top + m.line * grid.leading,
    w: m.cols * pitch - grid.gutter,
    h: m.lines * grid.leading,
  };
}

function clamp(n: number, lo: number, hi: number): number {
  return Math.min(hi, Math.max(lo, n));
}

export type DragMode = 'move' | 'resize';

/**
 * The module a drag ends in: the start module moved (or its bottom-right corner moved) by
 * dx, dy pt, snapped to whole columns × whole grid lines and kept inside the body.
 */
export function snapModule(
  grid: Grid,
  start: ModuleSpec,
  mode: DragMode,
  dx: number,
  dy: number,
): ModuleSpec {
  const pitch = grid.columnWidth + grid.gutter;
  const dCols = Math.round(dx / pitch);
  const dLines = Math.round(dy / grid.leading);
  if (mode === 'move') {
    return {
      cols: start.cols,
      lines: start.lines,
      col: clamp(start.col + dCols, 0, Math.max(0, grid.columns - start.cols)),
      line: clamp(start.line + dLines, 0, Math.max(0, grid.rows - start.lines)),
    };
  }
  return {
    col: start.col,
    line: start.line,
    cols: clamp(start.cols + dCols, 1, grid.columns - start.col),
    lines: clamp(start.lines + dLines, 1, grid.rows - start.line),
  };
}

export function sameModule(a: ModuleSpec, b: ModuleSpec): boolean {
  return a.col === b.col && a.line === b.line && a.cols === b.cols && a.lines === b.lines;
}

const STEPS: Record<string, [number, number]> = {
  ArrowLeft: [-1, 0],
  ArrowRight: [1, 0],
  ArrowUp: [0, -1],
  ArrowDown: [0, 1],
};

/** Arrow keys move a module one column or line; with Shift they resize it. Null: not a step. */
export function nudgeModule(
  grid: Grid,
  start: ModuleSpec,
  key: string,
  resize: boolean,
): ModuleSpec | null {
  const step = STEPS[key];
  if (!step) return null;
  const dx = step[0] * (grid.columnWidth + grid.gutter);
  const dy = step[1] * grid.leading;
  return snapModule(grid, start, resize ? 'resize' : 'move', dx, dy);
}
