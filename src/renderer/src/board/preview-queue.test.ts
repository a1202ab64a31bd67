import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PREVIEW_DEBOUNCE_MS, PreviewQueue, type PreviewTarget } from './preview-queue';

const start = { col: 0, line: 0, cols: 4, lines: 20 };
const at = (line: number): PreviewTarget => ({
  storyId: 7,
  part: 1,
  start,
  target: { ...start, line },
});

/** A queue over fake timers whose desk answers each ask when the test says so. */
function setup() {
  const asked: number[] = [];
  const pending: { resolve: (lines: number) => void; reject: (e: unknown) => void }[] = [];
  const shown: [string, number][] = [];
  const queue = new PreviewQueue<number>({
    ask: (t) => {
      asked.push(t.target.line);
      return new Promise((resolve, reject) => pending.push({ resolve, reject }));
    },
    show: (key, lines) => shown.push([key, lines]),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  });
  return { queue, asked, pending, shown };
}

describe('PreviewQueue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks once the target has kept still for the quiet time, for the last target only', async () => {
    const { queue, asked, pending, shown } = setup();
    queue.want(at(1));
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS - 1);
    queue.want(at(2));
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS - 1);
    expect(asked).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(asked).toEqual([2]);
    pending[0]?.resolve(5);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([['7/1/0,2,4,20', 5]]);
  });

  it('sends one request at a time, then only the latest target', async () => {
    const { queue, asked, pending, shown } = setup();
    queue.want(at(1));
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
    queue.want(at(2));
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
    queue.want(at(3));
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
    expect(asked).toEqual([1]); // 2 and 3 wait for the answer to 1
    pending[0]?.resolve(10);
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual([1, 3]);
    expect(shown).toEqual([]); // 1 is no longer wanted
    pending[1]?.resolve(30);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([['7/1/0,3,4,20', 30]]);
  });

  it('shows nothing for a refused preview and goes on with the next target', async () => {
    const { queue, asked, pending, shown } = setup();
    queue.want(at(1));
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
    queue.want(at(2));
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
    pending[0]?.reject(new Error('refused'));
    await vi.advanceTimersByTimeAsync(0);
    expect(asked).toEqual([1, 2]);
    pending[1]?.resolve(2);
    await vi.advanceTimersByTimeAsync(0);
    expect(shown).toEqual([['7/1/0,2,4,20', 2]]);
  });

  it('drops the answer on its way when the drag ends, and asks nothing after stop', async () => {
    const { queue, asked, pending, shown } = setup();
    queue.want(at(1));
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS);
    queue.want(null);
    pending[0]?.resolve(1);
    await vi.advanceTimersByTimeAsync(0);
    queue.want(at(4));
    queue.stop();
    await vi.advanceTimersByTimeAsync(PREVIEW_DEBOUNCE_MS * 2);
    expect(asked).toEqual([1]);
    expect(shown).toEqual([]);
  });
});
