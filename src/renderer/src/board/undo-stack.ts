/** One board action that was saved: how to take it back and how to do it again. */
export interface BoardAction {
  label: string;
  undo: () => Promise<unknown>;
  redo: () => Promise<unknown>;
}

/** A local undo/redo stack of saved board actions (each step is server calls). */
export class UndoStack {
  private done: BoardAction[] = [];
  private undone: BoardAction[] = [];
  /** The undo or redo running now: the next one waits for it (Ctrl+Z, Ctrl+Shift+Z in quick
   * succession must each find the stack as the one before left it). */
  private running: Promise<unknown> = Promise.resolve();

  private inTurn<T>(step: () => Promise<T>): Promise<T> {
    const next = this.running.then(step, step);
    this.running = next.catch(() => undefined);
    return next;
  }

  push(action: BoardAction): void {
    this.done.push(action);
    this.undone = [];
  }

  get canUndo(): boolean {
    return this.done.length > 0;
  }

  get canRedo(): boolean {
    return this.undone.length > 0;
  }

  /** Runs the inverse of the last action; it stays on the stack when the server refuses. */
  undo(): Promise<BoardAction | null> {
    return this.inTurn(() => this.undoNow());
  }

  redo(): Promise<BoardAction | null> {
    return this.inTurn(() => this.redoNow());
  }

  private async undoNow(): Promise<BoardAction | null> {
    const action = this.done.at(-1);
    if (!action) return null;
    await action.undo();
    this.done.pop();
    this.undone.push(action);
    return action;
  }

  private async redoNow(): Promise<BoardAction | null> {
    const action = this.undone.at(-1);
    if (!action) return null;
    await action.redo();
    this.undone.pop();
    this.done.push(action);
    return action;
  }

  clear(): void {
    this.done = [];
    this.undone = [];
  }
}
