import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';
import {
  applyLayout,
  type LayoutMeta,
  layoutChanged,
  layoutKey,
  OWN_EVENT_MS,
  OwnEvents,
  ownEventsOf,
} from './layout-cache';

/** A composed issue with one page holding modules of `storyIds` (only what the rules read). */
const issue = (date: string, storyIds: number[], number = 1, unset: number[] = []) =>
  ({
    date,
    number,
    pageCount: 1,
    pages: [{ number: 1, modules: storyIds.map((storyId) => ({ storyId })) }],
    notPlaced: unset.map((storyId) => ({ storyId, page: 1, reason: 'no room' })),
    overset: [],
    lostJumps: [],
    proposedJumps: [],
  }) as unknown as LayoutIssue;

/** The board of each day on screen, over a fake layout.compose counting its calls. */
async function boards(
  days: Record<string, { stories: number[]; issueId?: number; unset?: number[] }>,
) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  const composes: string[] = [];
  for (const [date, day] of Object.entries(days)) {
    const meta: LayoutMeta = day.issueId === undefined ? {} : { issueId: day.issueId };
    const observer = new QueryObserver(client, {
      queryKey: layoutKey(date),
      queryFn: async () => {
        composes.push(date);
        return issue(date, day.stories, 1, day.unset);
      },
      meta,
    });
    observer.subscribe(() => undefined);
    await observer.refetch();
  }
  composes.length = 0;
  return { client, composes };
}

describe('layoutChanged', () => {
  it('composes again only the issue a changed story is set in', async () => {
    const { client, composes } = await boards({
      '2026-12-04': { stories: [7, 8] },
      '2026-12-05': { stories: [9], unset: [10] },
    });
    await layoutChanged(client, 'story.changed', { id: 7 });
    expect(composes).toEqual(['2026-12-04']);
    composes.length = 0;
    await layoutChanged(client, 'story.changed', { id: 10 }); // placed, but found no room
    expect(composes).toEqual(['2026-12-05']);
    composes.length = 0;
    await layoutChanged(client, 'story.changed', { id: 12 }); // on no page
    expect(composes).toEqual([]);
  });

  it('composes again the issue an issue.changed names, or any whose issue is not known yet', async () => {
    const { client, composes } = await boards({
      '2026-12-04': { stories: [7], issueId: 3 },
      '2026-12-05': { stories: [9], issueId: 4 },
      '2026-12-06': { stories: [] },
    });
    await layoutChanged(client, 'issue.changed', { id: 4 });
    expect(composes.sort()).toEqual(['2026-12-05', '2026-12-06']);
  });

  it('composes every issue again when the settings change or no id is named', async () => {
    const { client, composes } = await boards({
      '2026-12-04': { stories: [7], issueId: 3 },
      '2026-12-05': { stories: [9], issueId: 4 },
    });
    await layoutChanged(client, 'settings.changed', {});
    await layoutChanged(client, 'story.changed', {});
    expect(composes.sort()).toEqual(['2026-12-04', '2026-12-04', '2026-12-05', '2026-12-05']);
  });

  it("ignores a board action's own events, before or after its reply", async () => {
    const { client, composes } = await boards({ '2026-12-04': { stories: [7], issueId: 3 } });
    const book = ownEventsOf(client);
    const own = book.expect('2026-12-04', [
      { event: 'issue.changed', id: 3 },
      { event: 'story.changed', id: 7 },
    ]);
    await layoutChanged(client, 'issue.changed', { id: 3, call: own.call }); // before the reply
    own.settle(true);
    await layoutChanged(client, 'story.changed', { id: 7, call: own.call }); // after it
    expect(composes).toEqual([]);
  });

  it("never takes a colleague's event in the same moment for one's own", async () => {
    const { client, composes } = await boards({ '2026-12-04': { stories: [7], issueId: 3 } });
    const own = ownEventsOf(client).expect('2026-12-04', [{ event: 'issue.changed', id: 3 }]);
    // Another window's action (its own tag), and a call made without one (the CLI).
    await layoutChanged(client, 'issue.changed', { id: 3, call: 'board-other-1' });
    await layoutChanged(client, 'issue.changed', { id: 3 });
    expect(composes).toEqual(['2026-12-04', '2026-12-04']);
    own.settle(true);
    await layoutChanged(client, 'issue.changed', { id: 3, call: own.call });
    expect(composes).toHaveLength(2);
  });
});

describe('OwnEvents', () => {
  it('gives every call its own tag', () => {
    const book = new OwnEvents();
    const a = book.expect('d', []).call;
    const b = book.expect('d', []).call;
    expect(a).not.toBe(b);
    expect(a).toMatch(/^[A-Za-z0-9_-]{1,64}$/);
  });

  it('forgets what an action announced once its time is up, or when it was refused', () => {
    let now = 0;
    const book = new OwnEvents(() => now);
    const late = book.expect('d', [{ event: 'issue.changed' }]);
    late.settle(true);
    now += OWN_EVENT_MS + 1;
    expect(book.take('d', 'issue.changed', 3, late.call)).toBe(false);
    const refused = book.expect('d', [{ event: 'issue.changed' }]);
    refused.settle(false);
    expect(book.take('d', 'issue.changed', 3, refused.call)).toBe(false);
  });

  it('waits as long as the call is on its way, and matches tag, day, event and id', () => {
    let now = 0;
    const book = new OwnEvents(() => now);
    const { call } = book.expect('d', [{ event: 'story.changed', id: 7 }]);
    now += 60_000;
    expect(book.take('e', 'story.changed', 7, call)).toBe(false);
    expect(book.take('d', 'story.changed', 8, call)).toBe(false);
    expect(book.take('d', 'issue.changed', 7, call)).toBe(false);
    expect(book.take('d', 'story.changed', 7, undefined)).toBe(false);
    expect(book.take('d', 'story.changed', 7, `${call}x`)).toBe(false);
    expect(book.take('d', 'story.changed', 7, call)).toBe(true);
    expect(book.take('d', 'story.changed', 7, call)).toBe(false);
  });
});

describe('applyLayout', () => {
  it('shows the reply, and a compose asked before it does not overwrite it', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    let answer: (layout: LayoutIssue) => void = () => undefined;
    const observer = new QueryObserver(client, {
      queryKey: layoutKey('d'),
      queryFn: () => new Promise<LayoutIssue>((resolve) => (answer = resolve)),
    });
    observer.subscribe(() => undefined);
    await applyLayout(client, 'd', issue('d', [7], 2));
    answer(issue('d', [], 1));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(client.getQueryData<LayoutIssue>(layoutKey('d'))?.number).toBe(2);
  });

  it('keeps an unchanged page as the same object, so the board draws only what changed', async () => {
    const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
    const twoPages = (moved: number) =>
      ({
        ...issue('d', [7]),
        pages: [
          { number: 1, modules: [{ storyId: 7, line: moved }] },
          { number: 2, modules: [{ storyId: 8, line: 0 }] },
        ],
      }) as unknown as LayoutIssue;
    await applyLayout(client, 'd', twoPages(0));
    const before = client.getQueryData<LayoutIssue>(layoutKey('d'));
    await applyLayout(client, 'd', twoPages(12));
    const after = client.getQueryData<LayoutIssue>(layoutKey('d'));
    expect(after?.pages[1]).toBe(before?.pages[1]);
    expect(after?.pages[0]).not.toBe(before?.pages[0]);
    expect(after?.pages[0]?.modules).toEqual([{ storyId: 7, line: 12 }]);
  });
});
