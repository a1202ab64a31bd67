// Nothing overset by surprise: a page whose stories cannot fit; layout.auto with `jump`
// sends the longest overset non-brief story on to the next page with room, with jump lines
// on both pages, keeps at least ten lines per leg of it on its first page, and leaves no
// non-brief text overset.

import { describe, expect, it } from 'vitest';
import { buildIssue, type FixtureStory } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

/** Page 1 far too full (a long lead and three long stories); page 2 nearly empty. */
const STORIES: FixtureStory[] = [
  { headline: '头条：全市老旧小区改造全面启动', priority: 'lead', page: 1, chars: 2600 },
  { headline: '工业增加值稳步增长', priority: 'normal', page: 1, chars: 3600 },
  { headline: '城市书房开到家门口', priority: 'normal', page: 1, chars: 2200 },
  { headline: '冬日里的城市公园', priority: 'normal', page: 1, chars: 2000 },
  { headline: '第二版头条', priority: 'lead', page: 2, chars: 600 },
];

describe.each(TRANSPORTS)('layout.auto with jump over %s', (_label, make) => {
  const room = useNewsroom(make);

  it('jumps the longest overset story to the next page with room, with jump lines', async () => {
    const call = <K extends HandlerName>(name: K, args: unknown) =>
      room.ok(name, args, room.chief) as Promise<Result<K>>;
    const { storyIds } = await buildIssue(call, DAY, STORIES);
    const plain = await room.ok('layout.auto', { date: DAY }, room.editor);
    const overBefore = plain.overset.filter((o) => o.page === 1);
    expect(overBefore.length).toBeGreaterThan(0);

    const laid = await room.ok('layout.auto', { date: DAY, jump: true }, room.editor);
    const jumps = room.query<{ story_id: number; jump_to: number | null }>(
      'SELECT story_id, jump_to FROM placements WHERE jump_to IS NOT NULL',
    );
    expect(jumps.length).toBeGreaterThan(0);
    const jumping = jumps[0]?.story_id as number;
    expect(storyIds.slice(0, 4)).toContain(jumping);
    expect(jumps[0]?.jump_to).toBe(2);
    // No story but briefs left overset anywhere.
    expect(laid.overset).toEqual([]);
    const [p1, p2] = laid.pages;
    const first = p1?.modules.find((m) => m.storyId === jumping && m.part === 1);
    const rest = p2?.modules.find((m) => m.storyId === jumping && m.part === 2);
    expect(first?.jumpTo).toBe(2);
    expect(first?.furniture.map((f) => f.kind)).toContain('jump');
    expect(rest?.furniture.map((f) => f.kind)).toContain('jump');
    // At least ten lines per leg on the first page, below the headline.
    const legs = new Map<number, number>();
    for (const l of first?.lines ?? [])
      if (l.kind === 'body') legs.set(Math.round(l.x), (legs.get(Math.round(l.x)) ?? 0) + 1);
    for (const n of legs.values()) expect(n).toBeGreaterThanOrEqual(10);
    // The continuation's module holds its rest, not the whole page.
    expect(rest?.linesOver).toBe(0);
    expect((rest?.module.lines ?? 0) * (rest?.module.cols ?? 0)).toBeLessThan(
      (p2?.grid.rows ?? 0) * (p2?.grid.columns ?? 0),
    );
  });
});
