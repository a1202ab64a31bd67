import { describe, expect, it } from 'vitest';
import type { LayoutPage } from '../../../shared/contract/wire/layout-page';
import { moduleRect, nudgeModule, snapModule } from './grid';
import { UndoStack } from './undo-stack';

const grid: LayoutPage['grid'] = {
  top: 100,
  left: 50,
  columns: 8,
  rows: 90,
  columnWidth: 100,
  gutter: 10,
  leading: 13.5,
};

describe('board grid', () => {
  it('puts a module on whole columns and grid lines', () => {
    expect(moduleRect(grid, { col: 1, line: 2, cols: 2, lines: 4 })).toEqual({
      x: 160,
      y: 127,
      w: 210,
      h: 54,
    });
  });

  it('snaps a move to the nearest column and line and keeps it inside the body', () => {
    const start = { col: 1, line: 2, cols: 2, lines: 4 };
    expect(snapModule(grid, start, 'move', 60, 20)).toEqual({ ...start, col: 2, line: 3 });
    expect(snapModule(grid, start, 'move', -500, -500)).toEqual({ ...start, col: 0, line: 0 });
    expect(snapModule(grid, start, 'move', 5000, 0).col).toBe(6);
  });

  it('resizes from the bottom-right corner, at least one column and one line', () => {
    const start = { col: 6, line: 2, cols: 2, lines: 4 };
    expect(snapModule(grid, start, 'resize', -500, -500)).toEqual({ ...start, cols: 1, lines: 1 });
    expect(snapModule(grid, start, 'resize', 500, 27).cols).toBe(2);
    expect(snapModule(grid, start, 'resize', 0, 27).lines).toBe(6);
  });
});

describe('keyboard nudges', () => {
  it('moves with arrows and resizes with Shift+arrows, one column or line a step', () => {
    const start = { col: 1, line: 2, cols: 2, lines: 4 };
    expect(nudgeModule(grid, start, 'ArrowRight', false)).toEqual({ ...start, col: 2 });
    expect(nudgeModule(grid, start, 'ArrowUp', false)).toEqual({ ...start, line: 1 });
    expect(nudgeModule(grid, start, 'ArrowDown', true)).toEqual({ ...start, lines: 5 });
    expect(nudgeModule(grid, start, 'ArrowLeft', true)).toEqual({ ...start, cols: 1 });
    expect(nudgeModule(grid, start, 'Enter', false)).toBeNull();
  });
});

describe('undo stack', () => {
  it('undoes and redoes in order and keeps an action whose undo is refused', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    const action = (name: string, fail = false) => ({
      label: name,
      undo: async () => {
        if (fail) throw new Error('refused');
        log.push(`undo ${name}`);
      },
      redo: async () => void log.push(`redo ${name}`),
    });
    stack.push(action('a'));
    stack.push(action('b', true));
    await expect(stack.undo()).rejects.toThrow('refused');
    expect(stack.canUndo).toBe(true);
    expect(stack.canRedo).toBe(false);
    const fresh = new UndoStack();
    fresh.push(action('a'));
    fresh.push(action('b'));
    await fresh.undo();
    await fresh.undo();
    await fresh.redo();
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
    fresh.push(action('c'));
    expect(fresh.canRedo).toBe(false);
  });
});
