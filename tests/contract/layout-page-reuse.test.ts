// A page whose own input did not change is not composed again (compose-stored.ts keeps each
// page's last composition): after a change on page 1 the board's compose, auto-layout and
// 上版 set page 1 only. It must never answer stale: a page that receives a continuation
// follows the page it comes from, and whatever the desk answers after a change is what a
// desk composing from scratch (a new process on the same file) answers.

import { describe, expect, it, onTestFinished } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import { composeStored } from '../../src/main/layout/compose-stored';
import { buildIssue, storyDocument } from '../../src/main/layout/test-support/issue-fixture';
import { openDatabase } from '../../src/main/store/open-database';
import { createStore } from '../../src/main/store/store';
import type { HandlerName, Result } from '../../src/shared/contract';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';
import { inProcess } from './transports';

const DAY = '2026-11-28';

describe.each(TRANSPORTS)('page reuse over %s', (_label, make) => {
  const room = useNewsroom(make);
  const call = <K extends HandlerName>(name: K, args: unknown) =>
    room.ok(name, args, room.chief) as Promise<Result<K>>;
  /** The day composed by a desk that never composed it before. */
  const fromScratch = async () => {
    const fresh = openDesk({ dbPath: room.dbPath });
    try {
      const reply = await fresh.call('layout.compose', { date: DAY }, { actorId: room.chief });
      if (!reply.ok) throw new Error(reply.error.message);
      return (reply.result as Result<'layout.compose'>).pages;
    } finally {
      fresh.close();
    }
  };

  it('answers after each change what a desk composing from scratch answers', async () => {
    const { storyIds } = await buildIssue(call, DAY);
    const before = await call('layout.compose', { date: DAY });
    // The story on page 3 that jumps to page 4, in a module of two columns of 20 lines:
    // more of it goes on to page 4, whose own input did not change.
    const jumping = storyIds[3] as number;
    const part1 = before.pages[2]?.modules.find((m) => m.storyId === jumping && m.part === 1);
    if (!part1) throw new Error('the jumping story is not on page 3');
    const smaller = { ...part1.module, cols: 2, lines: 20 };
    await call('layout.setModule', { date: DAY, storyId: jumping, part: 1, module: smaller });
    const after = await call('layout.compose', { date: DAY });
    const rest = (pages: typeof after.pages) =>
      pages[3]?.modules.find((m) => m.storyId === jumping && m.part === 2);
    expect(rest(after.pages)?.lines.length).toBeGreaterThan(
      (rest(before.pages)?.lines.length ?? 0) + 5,
    );
    expect(after.pages).toEqual(await fromScratch());

    // A story placed on page 1 and the page laid out: pages 2–4 as they were.
    const brief = { headline: '市区新增公交线路', priority: 'brief' as const, page: 1, chars: 200 };
    const fields = { headline: brief.headline, priority: brief.priority };
    const document = storyDocument(brief, 9);
    const spare = (await call('story.create', { fields, document })).id;
    await call('placement.assign', { storyId: spare, date: DAY, page: 1 });
    await call('layout.auto', { date: DAY, page: 1 });
    const laid = await call('layout.compose', { date: DAY });
    expect(laid.pages[0]?.modules.map((m) => m.storyId)).toContain(spare);
    expect(laid.pages.slice(1)).toEqual(after.pages.slice(1));
    expect(laid.pages).toEqual(await fromScratch());
  });
});

describe('page reuse in the store', () => {
  const room = useNewsroom(async (desk) => inProcess(desk));
  const call = <K extends HandlerName>(name: K, args: unknown) =>
    room.ok(name, args, room.chief) as Promise<Result<K>>;

  it('composes again only the changed page and the pages continuing from it', async () => {
    const { storyIds } = await buildIssue(call, DAY);
    const db = openDatabase(room.dbPath);
    onTestFinished(() => {
      db.close();
    });
    const store = createStore(db);
    const summary = store.issues.get(DAY);
    if (!summary) throw new Error('no issue');
    const first = composeStored(store, summary).composed.pages;
    // Page 3's jumping story narrower: page 3 and page 4 (its continuation) set anew.
    const saved = store.modules.all(summary.id);
    const jumping = storyIds[3] as number;
    const module = first[2]?.modules.find((m) => m.storyId === String(jumping))?.module;
    if (!module) throw new Error('no module on page 3');
    saved.set(jumping, { ...saved.get(jumping), module: { ...module, cols: module.cols - 1 } });
    const second = composeStored(store, summary, saved).composed.pages;
    expect(second[0]).toBe(first[0]);
    expect(second[1]).toBe(first[1]);
    expect(second[2]).not.toBe(first[2]);
    expect(second[3]).not.toBe(first[3]);
  });
});
