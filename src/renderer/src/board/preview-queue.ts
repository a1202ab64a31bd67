import type { ModuleSpec } from '../../../shared/contract/wire/layout-page';

/** Quiet time after the last grid step before the desk is asked (ms). */
export const PREVIEW_DEBOUNCE_MS = 60;

export interface PreviewTarget {
  storyId: number;
  part: number;
  start: ModuleSpec;
  target: ModuleSpec;
}

export const previewKey = (t: PreviewTarget) =>
  `${t.storyId}/${t.part}/${t.target.col},${t.target.line},${t.target.cols},${t.target.lines}`;

export interface PreviewDeps<R> {
  ask: (target: PreviewTarget) => Promise<R>;
  /** An answer for the target still wanted, under that target's key. */
  show: (key: string, answer: R) => void;
  setTimer: (run: () => void, ms: number) => unknown;
  clearTimer: (timer: unknown) => void;
}

/**
 * The requests of a drag's copyfit preview: asked PREVIEW_DEBOUNCE_MS after the target last
 * changed, one at a time (a drag makes targets faster than the desk answers; a newer target
 * waits for the one in flight, then only the latest is sent), and only an answer for the
 * target still wanted is shown.
 */
export class PreviewQueue<R> {
  private wanted: string | null = null;
  private busy = false;
  private queued: PreviewTarget | null = null;
  private timer: unknown = null;

  constructor(private readonly deps: PreviewDeps<R>) {}

  /** The target under the pointer now; null when there is none (or it has not moved). */
  want(target: PreviewTarget | null): void {
    this.stop();
    this.wanted = target ? previewKey(target) : null;
    if (!target) return;
    this.timer = this.deps.setTimer(() => {
      this.timer = null;
      if (this.busy) this.queued = target;
      else this.send(target);
    }, PREVIEW_DEBOUNCE_MS);
  }

  /** Drops the wait for a target not sent yet (an answer on its way is still shown). */
  stop(): void {
    if (this.timer !== null) this.deps.clearTimer(this.timer);
    this.timer = null;
  }

  private send(target: PreviewTarget): void {
    this.busy = true;
    const mine = previewKey(target);
    this.deps
      .ask(target)
      .then(
        (answer) => {
          if (this.wanted === mine) this.deps.show(mine, answer);
        },
        () => undefined, // a refused preview shows no numbers; the drop reports the reason
      )
      .finally(() => {
        this.busy = false;
        const next = this.queued;
        this.queued = null;
        if (next && this.wanted === previewKey(next)) this.send(next);
      });
  }
}
