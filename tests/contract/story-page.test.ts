import { describe, expect, it } from 'vitest';
import { doc } from '../support/story-doc';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

describe.each(TRANSPORTS)('story.page over %s', (_label, make) => {
  const room = useNewsroom(make);

  /** Five stories on DAY by two reporters, two placed on pages 3 and 1, one spiked. */
  async function desk() {
    const make = async (
      headline: string,
      body: string,
      actor: number,
      extra: Record<string, string> = {},
    ) =>
      (
        await room.ok(
          'story.create',
          { fields: { headline, ...extra }, document: doc(body), deskDate: DAY },
          actor,
        )
      ).id;
    const a = await make('甲 广场开放', '一二三', room.reporter, {
      priority: 'lead',
      section: '要闻',
    });
    const b = await make('乙 地铁加开', '一二三四五', room.otherReporter, { section: '城市' });
    const c = await make('丙 天气晴朗', '一', room.reporter, { priority: 'brief' });
    const d = await make('丁 灯光秀', '一二三四五六七', room.reporter, { section: '文体' });
    const e = await make('戊 已撤', '一二', room.reporter);
    await room.ok('story.transition', { id: e, to: 'spiked' }, room.editor);
    await room.ok('story.transition', { id: b, to: 'filed' }, room.otherReporter);
    await room.ok('issue.create', { date: DAY }, room.editor);
    await room.ok('placement.assign', { storyId: a, date: DAY, page: 3 }, room.editor);
    await room.ok('placement.assign', { storyId: d, date: DAY, page: 1 }, room.editor);
    return { a, b, c, d, e };
  }
  const ids = async (args: Record<string, unknown>, actor = room.editor) =>
    (await room.ok('story.page', { deskDate: DAY, ...args }, actor)).rows.map((r) => r.id);

  it('sorts by every desk column, both ways, on the server', async () => {
    const { a, b, c, d, e } = await desk();
    expect(await ids({ sort: 'page' })).toEqual([d, a, e, c, b]);
    expect(await ids({ sort: 'page', descending: true })).toEqual([a, d, b, c, e]);
    expect(await ids({ sort: 'priority' })).toEqual([a, e, d, b, c]);
    // Stories without a section come last either way.
    expect(await ids({ sort: 'section' })).toEqual([b, d, a, e, c]);
    expect(await ids({ sort: 'section', descending: true })).toEqual([a, d, b, c, e]);
    // 字数 with the headline: e 5, c 6, a 8, b 10, d 11.
    expect(await ids({ sort: 'chars' })).toEqual([e, c, a, b, d]);
    expect(await ids({ sort: 'chars', descending: true })).toEqual([d, b, a, c, e]);
    // By code point (丁 丙 乙 戊 甲), as the database compares.
    expect(await ids({ sort: 'headline' })).toEqual([d, c, b, e, a]);
    expect(await ids({ sort: 'status' })).toEqual([d, c, a, b, e]);
    // 李娜 before 王小明; ties newest first.
    expect(await ids({ sort: 'author' })).toEqual([b, e, d, c, a]);
    const updated = (
      await room.ok('story.page', { deskDate: DAY, sort: 'updated' }, room.editor)
    ).rows.map((r) => r.updatedAt);
    expect(updated).toEqual([...updated].sort());
    expect(updated).toHaveLength(5);
    // The budget's order by default: drafts first, newest change first, spiked last.
    expect(await ids({})).toEqual([d, c, a, b, e]);
  });

  it('pages with offset and limit and counts every match', async () => {
    const { a, b, c, e } = await desk();
    const first = await room.ok(
      'story.page',
      { deskDate: DAY, sort: 'chars', limit: 2 },
      room.editor,
    );
    expect(first).toMatchObject({ total: 5, offset: 0 });
    expect(first.rows.map((r) => r.id)).toEqual([e, c]);
    const next = await room.ok(
      'story.page',
      { deskDate: DAY, sort: 'chars', limit: 2, offset: 2 },
      room.editor,
    );
    expect(next.rows.map((r) => r.id)).toEqual([a, b]);
    expect(next.total).toBe(5);
    const row = next.rows[0];
    expect(row).toMatchObject({
      page: 3,
      section: '要闻',
      priority: 'lead',
      chars: 8,
      authorName: '王小明',
    });
    expect(await ids({ status: 'draft', text: '天气' })).toEqual([c]);
    expect(await ids({ id: b })).toEqual([b]);
    expect(await ids({ unplacedOn: DAY })).toEqual([c, b]);
  });

  it('starts one row before the story it is asked to be near (next and previous story)', async () => {
    const { a, b, c, d, e } = await desk();
    // Workflow order: d, c, a, b, e.
    const near = (id: number, sort: 'workflow' | 'chars' = 'workflow') =>
      room.ok('story.page', { deskDate: DAY, sort, near: id, limit: 3 }, room.editor);
    expect(await near(a)).toMatchObject({ total: 5, offset: 1 });
    expect((await near(a)).rows.map((r) => r.id)).toEqual([c, a, b]);
    expect((await near(d)).rows.map((r) => r.id)).toEqual([d, c, a]);
    expect((await near(e)).rows.map((r) => r.id)).toEqual([b, e]);
    expect((await near(e)).offset).toBe(3);
    // In another order, its place in that order: chars gives e, c, a, b, d.
    expect((await near(b, 'chars')).rows.map((r) => r.id)).toEqual([a, b, d]);
    // A story not in the list: from the offset asked (0).
    const other = await room.ok(
      'story.page',
      { deskDate: '2026-01-01', near: a, limit: 3 },
      room.editor,
    );
    expect(other).toMatchObject({ total: 0, offset: 0, rows: [] });
  });

  it('shows a reporter only own stories, as story.list does', async () => {
    const { a, c, d, e } = await desk();
    const mine = await room.ok('story.page', { deskDate: DAY, sort: 'headline' }, room.reporter);
    expect(mine.total).toBe(4);
    expect(mine.rows.map((r) => r.id)).toEqual([d, c, e, a]);
    expect(
      await room.ok('story.page', { deskDate: DAY, authorId: room.otherReporter }, room.reporter),
    ).toEqual({ total: 0, offset: 0, rows: [] });
    expect(
      await room.refused('story.page', { deskDate: DAY, limit: 501 }, room.editor),
    ).toMatchObject({ code: 'bad-argument', field: 'limit' });
  });
});
