// The page's body grid: whole columns and whole grid lines below the masthead or folio.

import type { ModuleSpec, PageGeometry, Rect } from './types';

export interface BodyGrid {
  /** Left of column 0 and top of grid line 0, in pt on the page. */
  left: number;
  top: number;
  columns: number;
  rows: number;
  columnWidth: number;
  gutter: number;
  leading: number;
}

export function contentWidth(g: PageGeometry): number {
  return g.trimWidth - g.margins.left - g.margins.right;
}

export function columnWidth(g: PageGeometry): number {
  return (contentWidth(g) - (g.columns - 1) * g.gutter) / g.columns;
}

/** Grid lines that fit between the top and bottom margins. */
export function pageRows(g: PageGeometry): number {
  return Math.floor((g.trimHeight - g.margins.top - g.margins.bottom) / g.leading + 1e-9);
}

/** The grid below `furnitureRows` grid lines of masthead or folio. */
export function bodyGrid(g: PageGeometry, furnitureRows: number): BodyGrid {
  return {
    left: g.margins.left,
    top: g.margins.top + furnitureRows * g.leading,
    columns: g.columns,
    rows: Math.max(0, pageRows(g) - furnitureRows),
    columnWidth: columnWidth(g),
    gutter: g.gutter,
    leading: g.leading,
  };
}

export function spanWidth(grid: BodyGrid, cols: number): number {
  return cols * grid.columnWidth + (cols - 1) * grid.gutter;
}

export function moduleRect(grid: BodyGrid, m: ModuleSpec): Rect {
  return {
    x: grid.left + m.col * (grid.columnWidth + grid.gutter),
    y: grid.top + m.line * grid.leading,
    width: spanWidth(grid, m.cols),
    height: m.lines * grid.leading,
  };
}

/** Why a module does not sit on the grid, or undefined when it does. */
export function moduleProblem(grid: BodyGrid, m: ModuleSpec): string | undefined {
  const whole = [m.col, m.line, m.cols, m.lines].every(Number.isInteger);
  if (!whole) return 'module must be whole columns and grid lines';
  if (m.cols < 1 || m.lines < 1) return 'module is empty';
  if (m.col < 0 || m.col + m.cols > grid.columns) return 'module is outside the columns';
  if (m.line < 0 || m.line + m.lines > grid.rows) return 'module is outside the grid lines';
  return undefined;
}

const PT_PER_MM = 72 / 25.4;

/** The parts of the issue model's PaperSize (model/paper-size.ts) that compose needs. */
export interface PaperSizeLike {
  widthMm: number;
  heightMm: number;
  margins: { top: number; right: number; bottom: number; left: number };
  columns: number;
  gutterMm: number;
}

/** Page geometry from a paper size in mm and the body leading in pt. */
export function geometryFromPaper(paper: PaperSizeLike, leading: number): PageGeometry {
  const m = paper.margins;
  return {
    trimWidth: paper.widthMm * PT_PER_MM,
    trimHeight: paper.heightMm * PT_PER_MM,
    trimWidthMm: paper.widthMm,
    trimHeightMm: paper.heightMm,
    margins: {
      top: m.top * PT_PER_MM,
      right: m.right * PT_PER_MM,
      bottom: m.bottom * PT_PER_MM,
      left: m.left * PT_PER_MM,
    },
    columns: paper.columns,
    gutter: paper.gutterMm * PT_PER_MM,
    leading,
  };
}
