import { startTransition } from 'react';
import type { Node, Selection } from 'slate';
import { whenIdle } from '../lib/when-idle';

/** Chunks of the body (BODY_CHUNK blocks each) rendered with the first paint. */
export const FIRST_CHUNKS = 2;
/**
 * Chunks mounted per idle callback after the first paint: one (64 blocks), so a key pressed
 * while the rest mount waits for one chunk's layout at most (three made typing's p95 at
 * 10,000 paragraphs twice as long while they mounted).
 */
const CHUNKS_PER_IDLE = 1;

interface Waiting {
  show: () => void;
  /** The body's blocks the chunk holds, as Slate last gave them. */
  blocks: readonly Node[];
  element: Element | null;
}

/**
 * Which chunks of a long story's body are in the DOM. Opening a story of 10,000 paragraphs
 * used to build all 40,000 elements before the first paint (most of a second); now only
 * the first chunks render at once, the others mount when they come near the view or when
 * the browser is idle, in document order, so soon after opening the whole story is there.
 * Whatever needs a block that is not mounted yet mounts everything first: a selection set
 * in it (`showFor`, batched with Slate's own render), and the keys and pastes that reach
 * beyond the view (`showAllNow`, before the browser acts).
 */
export class ChunkMounter {
  private firstLeft = FIRST_CHUNKS;
  private opened = false;
  private readonly waiting = new Map<object, Waiting>();
  private observer: IntersectionObserver | null = null;
  private cancelIdle: (() => void) | null = null;

  /** Whether a chunk rendered now shows its blocks at once. */
  startsShown(): boolean {
    // After the first commit every new chunk comes from an edit where the person works.
    if (this.opened) return true;
    if (this.firstLeft > 0) {
      this.firstLeft--;
      return true;
    }
    return false;
  }

  /** A chunk waits to be shown; gives the function that forgets it. */
  wait(key: object, chunk: Waiting): () => void {
    this.waiting.set(key, chunk);
    if (chunk.element) this.observer?.observe(chunk.element);
    return () => {
      this.waiting.delete(key);
      if (chunk.element) this.observer?.unobserve(chunk.element);
    };
  }

  get pending(): boolean {
    return this.waiting.size > 0;
  }

  /** After the first commit: mount the rest near the view and when idle. */
  open(): void {
    this.opened = true;
    if (typeof IntersectionObserver !== 'undefined') {
      this.observer = new IntersectionObserver((entries) => this.nearView(entries), {
        rootMargin: '100% 0px',
      });
      for (const chunk of this.waiting.values())
        if (chunk.element) this.observer.observe(chunk.element);
    }
    this.scheduleIdle();
  }

  close(): void {
    this.observer?.disconnect();
    this.observer = null;
    this.cancelIdle?.();
    this.cancelIdle = null;
  }

  /** Mounts every waiting chunk in the render that is being batched now. */
  showAll(): void {
    const all = [...this.waiting.values()];
    this.waiting.clear();
    this.observer?.disconnect();
    for (const chunk of all) chunk.show();
  }

  /** A selection in a block that is not mounted (Slate puts the DOM selection there). */
  showFor(selection: Selection, children: readonly Node[]): void {
    if (!selection || !this.pending) return;
    const blocks = new Set([selection.anchor.path[0], selection.focus.path[0]]);
    for (const index of blocks) {
      const block = index === undefined ? undefined : children[index];
      if (block && this.holds(block)) {
        this.showAll();
        return;
      }
    }
  }

  private holds(block: Node): boolean {
    for (const chunk of this.waiting.values()) if (chunk.blocks.includes(block)) return true;
    return false;
  }

  private nearView(entries: IntersectionObserverEntry[]): void {
    const near = new Set(entries.filter((e) => e.isIntersecting).map((e) => e.target));
    if (near.size === 0) return;
    for (const [key, chunk] of this.waiting) {
      if (chunk.element && near.has(chunk.element)) this.mount(key, chunk);
    }
  }

  /** Shows one waiting chunk and forgets it. */
  private mount(key: object, chunk: Waiting): void {
    this.waiting.delete(key);
    if (chunk.element) this.observer?.unobserve(chunk.element);
    chunk.show();
  }

  private scheduleIdle(): void {
    if (!this.pending) return;
    // A chunk within half a second even when the browser is never idle; soon where it has
    // no idle callback at all.
    this.cancelIdle = whenIdle(
      () => {
        this.cancelIdle = null;
        // A transition: React yields to typing while these render.
        startTransition(() => {
          let left = CHUNKS_PER_IDLE;
          for (const [key, chunk] of this.waiting) {
            if (left-- === 0) break;
            this.mount(key, chunk);
          }
        });
        this.scheduleIdle();
      },
      { timeout: 500, fallbackMs: 16 },
    );
  }
}
