// Nothing overset by surprise (issue #12, point 3): on a page that cannot hold its stories
// auto-layout proposes the jump (the longest overset non-brief story, to the next page with
// room) and makes none; a story the editor marked "may jump" jumps instead, unasked, even
// when it is not the longest, keeping ten lines per leg on its page; the proposal goes to
// the page the editor names.

import { describe, expect, it } from 'vitest';
import { buildIssue, type FixtureStory } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

const STORIES: FixtureStory[] = [
  { headline: '头条：全市老旧小区改造全面启动', priority: 'lead', page: 1, chars: 2600 },
  { headline: '工业增加值稳步增长', priority: 'normal', page: 1, chars: 3600 },
  { headline: '城市书房开到家门口', priority: 'normal', page: 1, chars: 2200 },
  { headline: '冬日里的城市公园', priority: 'normal', page: 1, chars: 2000 },
  { headline: '第二版头条', priority: 'lead', page: 2, chars: 600 },
];

describe.each(TRANSPORTS)('jump proposals and marks over %s', (_label, make) => {
  const room = useNewsroom(make);
  const call = <K extends HandlerName>(name: K, args: unknown) =>
    room.ok(name, args, room.chief) as Promise<Result<K>>;
  const jumps = () =>
    room.query<{ story_id: number; jump_to: number }>(
      'SELECT story_id, jump_to FROM placements WHERE jump_to IS NOT NULL',
    );

  it('proposes the jump and makes none until asked', async () => {
    const { storyIds } = await buildIssue(call, DAY, STORIES);
    const laid = await room.ok('layout.auto', { date: DAY }, room.editor);
    expect(jumps()).toEqual([]);
    expect(laid.proposedJumps).toHaveLength(1);
    const proposal = laid.proposedJumps[0];
    // The longest story (3,600 characters), in two columns or more like every news story on
    // the page: a page needing a jump anyway sets no story one column wide, whose overset
    // would then look the longest and be proposed instead.
    expect(proposal?.storyId).toBe(storyIds[1]);
    const page1 = laid.pages[0]?.modules ?? [];
    for (const m of page1) expect(m.module.cols).toBeGreaterThanOrEqual(2);
    expect([proposal?.fromPage, proposal?.toPage]).toEqual([1, 2]);
    const over = laid.overset.find((o) => o.storyId === proposal?.storyId);
    expect(proposal?.lines).toBe(over?.lines);
    // Named page: the proposal goes there; confirming makes exactly that jump.
    const named = await room.ok('layout.auto', { date: DAY, page: 1, toPage: 3 }, room.editor);
    expect(named.proposedJumps[0]?.toPage).toBe(3);
    const made = await room.ok('layout.auto', { date: DAY, jump: true, toPage: 3 }, room.editor);
    expect(jumps()[0]).toEqual({ story_id: proposal?.storyId, jump_to: 3 });
    expect(made.overset).toEqual([]);
    expect(made.proposedJumps).toEqual([]);
  });

  it('jumps the story the editor marked, unasked, with ten lines a leg on its page', async () => {
    const { storyIds } = await buildIssue(call, DAY, STORIES);
    const marked = storyIds[3] as number; // not the longest
    const laidOut = await room.ok(
      'layout.markJump',
      { date: DAY, storyId: marked, mayJump: true },
      room.editor,
    );
    const modules = laidOut.pages.flatMap((p) => p.modules);
    expect(modules.find((m) => m.storyId === marked)?.mayJump).toBe(true);
    expect(jumps()).toEqual([]);
    const laid = await room.ok('layout.auto', { date: DAY }, room.editor);
    expect(jumps()[0]).toEqual({ story_id: marked, jump_to: 2 });
    const first = laid.pages[0]?.modules.find((m) => m.storyId === marked && m.part === 1);
    expect(first?.jumpTo).toBe(2);
    const legs = new Map<number, number>();
    for (const l of first?.lines ?? [])
      if (l.kind === 'body') legs.set(Math.round(l.x), (legs.get(Math.round(l.x)) ?? 0) + 1);
    expect(legs.size).toBeGreaterThan(0);
    for (const n of legs.values()) expect(n).toBeGreaterThanOrEqual(10);
    const rest = laid.pages[1]?.modules.find((m) => m.storyId === marked && m.part === 2);
    expect(rest?.linesOver).toBe(0);
  });

  it('marks on assign, and a mark does nothing where the page holds its stories', async () => {
    const { storyIds } = await buildIssue(call, DAY, STORIES.slice(3));
    const id = storyIds[0] as number;
    const placed = await room.ok(
      'placement.assign',
      { storyId: id, date: DAY, page: 1, mayJump: true, jumpTo: 3 },
      room.editor,
    );
    expect(placed.jumpTo).toBeNull();
    const saved = room.query<{ module: string }>(
      'SELECT module FROM placements WHERE story_id = ?',
      id,
    );
    expect(JSON.parse(saved[0]?.module ?? '{}').mayJump).toBe(3);
    const laid = await room.ok('layout.auto', { date: DAY }, room.editor);
    expect(jumps()).toEqual([]);
    expect(laid.overset).toEqual([]);
    expect(laid.proposedJumps).toEqual([]);
  });
});
