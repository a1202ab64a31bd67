import { describe, expect, it } from 'vitest';
import { type BoardAction, UndoStack } from './undo-stack';

/** An action whose undo takes two server calls, as a module put back and unpinned does. */
function slowAction(log: string[]): BoardAction {
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));
  return {
    label: 'module',
    undo: async () => {
      log.push('undo: module back');
      await tick();
      log.push('undo: unpinned');
    },
    redo: async () => {
      await tick();
      log.push('redo');
    },
  };
}

describe('UndoStack', () => {
  it('runs a redo pressed while the undo is still running after it, not as a no-op', async () => {
    const log: string[] = [];
    const stack = new UndoStack();
    stack.push(slowAction(log));
    const undone = stack.undo();
    const redone = stack.redo();
    expect(await undone).not.toBeNull();
    expect(await redone).not.toBeNull();
    expect(log).toEqual(['undo: module back', 'undo: unpinned', 'redo']);
    expect(stack.canUndo).toBe(true);
    expect(stack.canRedo).toBe(false);
  });

  it('keeps an action whose undo the server refused, and the next step still runs', async () => {
    const stack = new UndoStack();
    stack.push({
      label: 'refused',
      undo: () => Promise.reject(new Error('refused')),
      redo: () => Promise.resolve(),
    });
    await expect(stack.undo()).rejects.toThrow('refused');
    expect(stack.canUndo).toBe(true);
    expect(await stack.redo()).toBeNull();
  });
});
