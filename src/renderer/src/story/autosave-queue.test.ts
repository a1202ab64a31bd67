import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  AUTOSAVE_DELAY_MS,
  AutosaveQueue,
  type Base,
  DRAFT_INTERVAL_MS,
  SAVE_RETRY_MS,
  type SaveState,
} from './autosave-queue';

/** A queue over fake timers, recording saves, drafts and states. */
function setup(
  saveResult?: (base: Base, edit: string) => Promise<Base>,
  retryable?: (error: unknown) => boolean,
) {
  const saves: [Base, string][] = [];
  const drafts: [Base, string][] = [];
  const cleared: number[] = [];
  const states: SaveState['kind'][] = [];
  const queue = new AutosaveQueue<string>({
    save: (base, edit) => {
      saves.push([base, edit]);
      return saveResult
        ? saveResult(base, edit)
        : Promise.resolve({ ...base, version: base.version + 1 });
    },
    writeDraft: (base, edit) => drafts.push([base, edit]),
    clearDrafts: (id) => cleared.push(id),
    onState: (state) => states.push(state.kind),
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
    ...(retryable ? { retryable } : {}),
  });
  queue.load({ id: 7, version: 3 }, new Date());
  return { queue, saves, drafts, cleared, states };
}

describe('AutosaveQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('writes the draft at most every 500 ms, with the newest edit, while typing', async () => {
    const { queue, drafts, saves } = setup();
    for (let i = 1; i <= 12; i++) {
      queue.change(`text ${i}`);
      await vi.advanceTimersByTimeAsync(DRAFT_INTERVAL_MS / 5); // a key every 100 ms, no pause
    }
    expect(saves).toEqual([]);
    // The first key at once, then the newest edit every 500 ms (keys at 0, 100, … 1100 ms).
    expect(drafts.map(([, edit]) => edit)).toEqual(['text 1', 'text 6', 'text 11']);
    expect(drafts.every(([base]) => base.id === 7 && base.version === 3)).toBe(true);
  });

  it('saves 800 ms after the last change, reports unsaved once, and drops the draft on ack', async () => {
    const { queue, saves, cleared, states } = setup();
    queue.change('a');
    queue.change('ab');
    queue.change('abc');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS - 1);
    expect(saves).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves).toEqual([[{ id: 7, version: 3 }, 'abc']]);
    expect(cleared).toEqual([7]);
    expect(states).toEqual(['saved', 'unsaved', 'saving', 'saved']);
  });

  it('flushDraft writes the last keystroke at once (page hidden or unloading)', () => {
    const { queue, drafts } = setup();
    queue.change('first');
    queue.flushDraft();
    queue.change('first and last');
    queue.flushDraft();
    expect(drafts.map(([, edit]) => edit)).toEqual(['first', 'first and last']);
    expect(drafts.every(([base]) => base.version === 3)).toBe(true);
  });

  it('sends one save at a time; edits made meanwhile go in the next, on the new version', async () => {
    let release: (() => void) | undefined;
    const { queue, saves, drafts } = setup(
      (base) =>
        new Promise<Base>((resolve) => {
          release = () => resolve({ ...base, version: base.version + 1 });
        }),
    );
    queue.change('one');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves).toHaveLength(1);
    queue.change('one two');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves).toHaveLength(1); // still in flight
    release?.();
    await vi.advanceTimersByTimeAsync(0);
    // The newer edit's draft now builds on version 4.
    expect(drafts.at(-1)).toEqual([{ id: 7, version: 4 }, 'one two']);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves.map(([base, edit]) => [base.version, edit])).toEqual([
      [3, 'one'],
      [4, 'one two'],
    ]);
  });

  it('keeps a failed edit (and its draft) and retries it with the next change', async () => {
    let fail = true;
    const { queue, saves, drafts, states, cleared } = setup((base) =>
      fail ? Promise.reject(new Error('offline')) : Promise.resolve({ ...base, version: 9 }),
    );
    queue.change('lost?');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(states.at(-1)).toBe('failed');
    expect(drafts.at(-1)).toEqual([{ id: 7, version: 3 }, 'lost?']);
    expect(cleared).toEqual([]);
    fail = false;
    queue.change('lost? no');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves.map(([, edit]) => edit)).toEqual(['lost?', 'lost? no']);
    expect(states.at(-1)).toBe('saved');
    expect(cleared).toEqual([7]);
  });

  it('tries a save the network dropped again after a pause, with no key pressed', async () => {
    let fail = true;
    const { queue, saves, states, cleared } = setup(
      (base) =>
        fail ? Promise.reject(new Error('network')) : Promise.resolve({ ...base, version: 4 }),
      (error) => (error as Error).message === 'network',
    );
    queue.change('typed, then the cable came out');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(states.at(-1)).toBe('failed');
    fail = false;
    await vi.advanceTimersByTimeAsync(SAVE_RETRY_MS - 1);
    expect(saves).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(saves.map(([, edit]) => edit)).toEqual([
      'typed, then the cable came out',
      'typed, then the cable came out',
    ]);
    expect(states.at(-1)).toBe('saved');
    expect(cleared).toEqual([7]);
  });

  it('does not try a refused save again by itself', async () => {
    const { queue, saves, states } = setup(
      () => Promise.reject(new Error('conflict')),
      (error) => (error as Error).message === 'network',
    );
    queue.change('refused');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + SAVE_RETRY_MS * 3);
    expect(saves).toHaveLength(1);
    expect(states.at(-1)).toBe('failed');
  });

  it('does not save while disabled (the lock is not ours), and saves what waits when enabled', async () => {
    const { queue, saves } = setup();
    queue.enabled = false;
    queue.change('held');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves).toEqual([]);
    queue.enabled = true;
    await queue.saveNow();
    expect(saves.map(([, edit]) => edit)).toEqual(['held']);
  });

  it('drops an edit built on a version that another save replaced, instead of saving it over', async () => {
    const { queue, saves, drafts } = setup();
    queue.change('stale text');
    queue.load({ id: 7, version: 5 }, new Date()); // a colleague's version 5 is shown now
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS + DRAFT_INTERVAL_MS);
    queue.flushDraft();
    expect(saves).toEqual([]);
    expect(drafts).toEqual([]);
    queue.change('new text');
    await vi.advanceTimersByTimeAsync(AUTOSAVE_DELAY_MS);
    expect(saves).toEqual([[{ id: 7, version: 5 }, 'new text']]);
  });
});
