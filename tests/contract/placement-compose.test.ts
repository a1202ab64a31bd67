// 上版 on the board: placement.assign with `compose` answers with the day's issue composed
// after it, the same as layout.compose then gives, so the board shows the story on its page
// without a second request. Without `compose` the answer is the placement alone.

import { describe, expect, it } from 'vitest';
import { buildIssue, storyDocument } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

describe.each(TRANSPORTS)('placement.assign with compose over %s', (_label, make) => {
  const room = useNewsroom(make);
  const call = <K extends HandlerName>(name: K, args: unknown) =>
    room.ok(name, args, room.chief) as Promise<Result<K>>;

  it('answers with the issue composed after the placing', async () => {
    await buildIssue(call, DAY);
    const brief = { headline: '市区新增公交线路', priority: 'brief' as const, page: 2, chars: 200 };
    const fields = { headline: brief.headline, priority: brief.priority };
    const spare = (await call('story.create', { fields, document: storyDocument(brief, 9) })).id;

    const plain = await call('placement.assign', { storyId: spare, date: DAY, page: 2 });
    expect(plain.page).toBe(2);
    expect('layout' in plain).toBe(false);

    const placed = await call('placement.assign', {
      storyId: spare,
      date: DAY,
      page: 3,
      compose: true,
    });
    expect(placed).toMatchObject({ storyId: spare, page: 3, movedFrom: 2 });
    const onPage = (layout: Result<'layout.compose'>, page: number) =>
      layout.pages.find((p) => p.number === page)?.modules.map((m) => m.storyId) ?? [];
    if (!placed.layout) throw new Error('no composed issue in the answer');
    expect(onPage(placed.layout, 3)).toContain(spare);
    expect(onPage(placed.layout, 2)).not.toContain(spare);
    expect(placed.layout).toEqual(await call('layout.compose', { date: DAY }));
  });
});
