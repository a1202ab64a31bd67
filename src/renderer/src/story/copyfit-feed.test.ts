import { describe, expect, it } from 'vitest';
import type { PlacedCopyfit } from '../../../shared/contract/wire/story';
import { type CopyfitEdit, CopyfitFeed, type CopyfitTimers } from './copyfit-feed';
import { EMPTY_DOCUMENT, EMPTY_HEAD } from './story-io';

function manualTimers() {
  const due = new Map<number, () => void>();
  let next = 0;
  const timers: CopyfitTimers = {
    set: (run) => {
      next += 1;
      due.set(next, run);
      return next;
    },
    clear: (handle) => due.delete(handle as number),
  };
  const fire = () => {
    const runs = [...due.values()];
    due.clear();
    for (const run of runs) run();
  };
  return { timers, fire, pending: () => due.size };
}

const figure = (linesOver: number): PlacedCopyfit => ({
  date: '2026-11-28',
  page: 1,
  jumpTo: null,
  linesOver,
  charsOver: linesOver * 11,
  linesUnder: 0,
});
const edit = (headline: string): CopyfitEdit => ({
  head: { ...EMPTY_HEAD, headline },
  document: EMPTY_DOCUMENT,
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('CopyfitFeed', () => {
  it('keeps the last figure while typing, asks once per pause, one request at a time', async () => {
    const asked: (string | undefined)[] = [];
    const answers: ((f: PlacedCopyfit) => void)[] = [];
    const { timers, fire, pending } = manualTimers();
    const feed = new CopyfitFeed(
      (e) => {
        asked.push(e?.head.headline);
        return new Promise((resolve) => answers.push(resolve));
      },
      150,
      timers,
    );
    let notified = 0;
    feed.subscribe(() => notified++);
    feed.refresh();
    expect(asked).toEqual([undefined]);
    answers[0]?.(figure(23));
    await settle();
    expect(feed.current()).toEqual({ kind: 'known', placed: figure(23), pending: false });

    // Three keys: the figure stays, marked pending once; nothing asked before the pause.
    feed.changed(edit('a'));
    feed.changed(edit('ab'));
    feed.changed(edit('abc'));
    expect(feed.current()).toEqual({ kind: 'known', placed: figure(23), pending: true });
    expect(notified).toBe(2);
    expect(pending()).toBe(1);
    fire();
    expect(asked).toEqual([undefined, 'abc']);

    // A key while that request is out waits for it; only the newest text is sent next.
    feed.changed(edit('abcd'));
    feed.changed(edit('abcde'));
    fire();
    expect(asked).toEqual([undefined, 'abc']);
    answers[1]?.(figure(20));
    await settle();
    expect(feed.current()).toEqual({ kind: 'known', placed: figure(20), pending: true });
    expect(asked).toEqual([undefined, 'abc', 'abcde']);
    answers[2]?.(figure(18));
    await settle();
    expect(feed.current()).toEqual({ kind: 'known', placed: figure(18), pending: false });
  });

  it('keeps the figure when a request is refused, and tells nobody after close', async () => {
    const { timers, fire } = manualTimers();
    let refuse = false;
    const feed = new CopyfitFeed(
      () => (refuse ? Promise.reject(new Error('bad-argument')) : Promise.resolve(figure(5))),
      150,
      timers,
    );
    feed.refresh();
    await settle();
    refuse = true;
    feed.changed(edit(''));
    fire();
    await settle();
    expect(feed.current()).toEqual({ kind: 'known', placed: figure(5), pending: false });
    let notified = 0;
    feed.subscribe(() => notified++);
    feed.close();
    feed.changed(edit('x'));
    expect(notified).toBe(0);
  });

  it('sends no text while the story is on no page; a refresh sends the newest', async () => {
    const asked: (string | undefined)[] = [];
    const { timers, fire, pending } = manualTimers();
    const feed = new CopyfitFeed(
      async (e) => {
        asked.push(e?.head.headline);
        return null;
      },
      150,
      timers,
    );
    feed.refresh();
    await settle();
    expect(feed.current()).toEqual({ kind: 'known', placed: null, pending: false });
    feed.changed(edit('a'));
    feed.changed(edit('ab'));
    expect(pending()).toBe(0);
    fire();
    expect(asked).toEqual([undefined]);
    feed.refresh();
    await settle();
    expect(asked).toEqual([undefined, 'ab']);
  });
});
