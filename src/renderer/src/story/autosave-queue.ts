// The autosave of one story without React, so its timing can be tested with fake timers:
// edits are sent (story.save on the version they build on) one save at a time after a pause,
// and kept as a local draft until acknowledged. The draft is written at most every
// DRAFT_INTERVAL_MS (serializing a long story on every key cost a frame), and at once when
// the page is hidden or unloaded (flushDraft), so a reload never loses the last keystroke.

export type SaveState =
  | { kind: 'unsaved' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: Date; version: number }
  | { kind: 'failed'; error: unknown };

/** Saves within a second of a pause in typing. */
export const AUTOSAVE_DELAY_MS = 800;
/** The local draft is written no more often than this. */
export const DRAFT_INTERVAL_MS = 500;
/** A save that could not reach the desk (network) is tried again after this pause. */
export const SAVE_RETRY_MS = 4000;

export interface Base {
  id: number;
  version: number;
}

export interface AutosaveDeps<E> {
  save: (base: Base, edit: E) => Promise<Base>;
  writeDraft: (base: Base, edit: E) => void;
  clearDrafts: (id: number) => void;
  onState: (state: SaveState) => void;
  now: () => number;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
  /** Whether a failed save is worth trying again unchanged (the network, not a refusal). */
  retryable?: (error: unknown) => boolean;
}

export class AutosaveQueue<E> {
  private base: Base | null = null;
  /** Newest edit not yet sent. */
  private pending: E | null = null;
  /** Newest edit not yet acknowledged: what the draft holds. */
  private unacked: E | null = null;
  private inFlight = false;
  private saveTimer: unknown;
  private draftTimer: unknown;
  private lastDraftAt = Number.NEGATIVE_INFINITY;
  private stateKind: SaveState['kind'] | null = null;
  enabled = true;

  constructor(private readonly deps: AutosaveDeps<E>) {}

  private setState(state: SaveState): void {
    // 'unsaved' on every key would re-render the screen per key; report it once.
    if (state.kind === 'unsaved' && this.stateKind === 'unsaved') return;
    this.stateKind = state.kind;
    this.deps.onState(state);
  }

  /**
   * A (re)loaded story is the new base; what it holds is saved. A version made elsewhere
   * (a colleague's save, a restore) replaces the text shown: edits built on the old version
   * are dropped, never saved over the new one (their draft stays under the old version).
   */
  load(base: Base, updatedAt: Date): void {
    if (this.base?.id === base.id && this.base.version === base.version) return;
    if (this.base !== null) {
      this.pending = null;
      this.unacked = null;
      this.deps.clearTimer(this.saveTimer);
      this.saveTimer = undefined;
      this.deps.clearTimer(this.draftTimer);
      this.draftTimer = undefined;
      this.stateKind = null;
    }
    this.base = base;
    if (!this.pending) this.setState({ kind: 'saved', at: updatedAt, version: base.version });
  }

  hasPending(): boolean {
    return this.pending !== null;
  }

  change(edit: E): void {
    if (!this.base) return;
    this.pending = edit;
    this.unacked = edit;
    this.setState({ kind: 'unsaved' });
    this.scheduleDraft();
    this.deps.clearTimer(this.saveTimer);
    this.saveTimer = this.deps.setTimer(() => void this.saveNow(), AUTOSAVE_DELAY_MS);
  }

  private scheduleDraft(): void {
    if (this.draftTimer !== undefined) return; // the waiting write takes the newest edit
    const wait = Math.max(0, this.lastDraftAt + DRAFT_INTERVAL_MS - this.deps.now());
    this.draftTimer = this.deps.setTimer(() => this.flushDraft(), Math.max(wait, 1));
  }

  /** Writes the unacknowledged edit now (page hidden, unload, or the interval passed). */
  flushDraft(): void {
    this.deps.clearTimer(this.draftTimer);
    this.draftTimer = undefined;
    if (!this.base || !this.unacked) return;
    this.lastDraftAt = this.deps.now();
    this.deps.writeDraft(this.base, this.unacked);
  }

  async saveNow(): Promise<void> {
    this.deps.clearTimer(this.saveTimer);
    this.saveTimer = undefined;
    const target = this.base;
    const edit = this.pending;
    if (!target || !edit || this.inFlight || !this.enabled) return;
    this.pending = null;
    this.inFlight = true;
    this.setState({ kind: 'saving' });
    try {
      const saved = await this.deps.save(target, edit);
      this.base = { id: saved.id, version: saved.version };
      if (this.pending) {
        // Newer edits build on the saved version: their draft moves there.
        this.flushDraft();
        this.setState({ kind: 'unsaved' });
        this.saveTimer = this.deps.setTimer(() => void this.saveNow(), AUTOSAVE_DELAY_MS);
      } else {
        this.unacked = null;
        this.deps.clearTimer(this.draftTimer);
        this.draftTimer = undefined;
        this.deps.clearDrafts(saved.id);
        this.setState({ kind: 'saved', at: new Date(this.deps.now()), version: saved.version });
      }
    } catch (error) {
      this.pending = this.pending ?? edit;
      this.flushDraft();
      this.setState({ kind: 'failed', error });
      // A dropped connection must not leave the edit waiting for the next key: at deadline
      // the reporter may have stopped typing. A refusal waits for the person instead.
      if (this.deps.retryable?.(error) && this.saveTimer === undefined) {
        this.saveTimer = this.deps.setTimer(() => void this.saveNow(), SAVE_RETRY_MS);
      }
    } finally {
      this.inFlight = false;
    }
  }

  dispose(): void {
    this.deps.clearTimer(this.saveTimer);
    this.deps.clearTimer(this.draftTimer);
  }
}
