// The editor's copyfit figure, kept by the desk (story.copyfit sets the unsaved text in the
// board's modules, with the board's fonts). A key press costs nothing here but a timer: the
// last known figure stays on screen, marked pending, until the answer for the newest text.

import type { PlacedCopyfit } from '../../../shared/contract/wire/story';
import type { StoryDocument } from '../../../shared/story/elements';
import type { HeadValues } from './story-io';

/** Quiet time after the last key before the desk is asked (ms): a word, not every letter. */
export const COPYFIT_DELAY_MS = 150;

export interface CopyfitEdit {
  head: HeadValues;
  document: StoryDocument;
}

export type CopyfitState =
  | { kind: 'unknown' }
  /** placed null: the story is on no page. pending: newer text than this figure's. */
  | { kind: 'known'; placed: PlacedCopyfit | null; pending: boolean };

export interface CopyfitTimers {
  set: (run: () => void, ms: number) => unknown;
  clear: (handle: unknown) => void;
}

const REAL_TIMERS: CopyfitTimers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * One request at a time; edits meanwhile wait for it and then only the newest is sent; a
 * refused request (a headline cleared, the story gone) keeps the last figure.
 */
export class CopyfitFeed {
  private state: CopyfitState = { kind: 'unknown' };
  private readonly listeners = new Set<() => void>();
  private latest: CopyfitEdit | undefined;
  private timer: unknown = null;
  private inFlight = false;
  private again = false;
  private closed = false;

  constructor(
    private readonly ask: (edit: CopyfitEdit | undefined) => Promise<PlacedCopyfit | null>,
    private readonly delayMs = COPYFIT_DELAY_MS,
    private readonly timers: CopyfitTimers = REAL_TIMERS,
  ) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly current = (): CopyfitState => this.state;

  /** Asks now (the story opened, or the page changed on the board). */
  refresh(): void {
    this.cancelTimer();
    this.send();
  }

  /**
   * The text changed: ask once the typing pauses. Not while the story is on no page: no
   * figure to update, and a long story's text is not sent for nothing (a refresh, when the
   * board or the story changes, sends the newest).
   */
  changed(edit: CopyfitEdit): void {
    this.latest = edit;
    if (this.state.kind === 'known' && this.state.placed === null && !this.inFlight) return;
    this.markPending(true);
    this.cancelTimer();
    this.timer = this.timers.set(() => {
      this.timer = null;
      this.send();
    }, this.delayMs);
  }

  close(): void {
    this.closed = true;
    this.cancelTimer();
    this.listeners.clear();
  }

  private send(): void {
    if (this.closed) return;
    if (this.inFlight) {
      this.again = true;
      return;
    }
    this.inFlight = true;
    this.ask(this.latest)
      .then(
        (placed) => this.set({ kind: 'known', placed, pending: this.waiting() }),
        () => this.markPending(this.waiting()),
      )
      .finally(() => {
        this.inFlight = false;
        if (this.again) {
          this.again = false;
          this.send();
        }
      });
  }

  private waiting(): boolean {
    return this.again || this.timer !== null;
  }

  private markPending(pending: boolean): void {
    if (this.state.kind === 'known' && this.state.pending !== pending) {
      this.set({ ...this.state, pending });
    }
  }

  private cancelTimer(): void {
    if (this.timer !== null) this.timers.clear(this.timer);
    this.timer = null;
  }

  private set(state: CopyfitState): void {
    if (this.closed) return;
    this.state = state;
    for (const listener of this.listeners) listener();
  }
}
