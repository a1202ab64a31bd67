import { describe, expect, it } from 'vitest';
import type { StoryStatus } from '../../src/shared/model/story';
import { doc } from '../support/story-doc';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

describe.each(TRANSPORTS)('the workflow over %s', (_label, make) => {
  const room = useNewsroom(make);

  async function draft(headline = '市民广场今日开放', author = room.reporter) {
    return room.ok(
      'story.create',
      { fields: { headline }, document: doc('本报讯 广场开放。') },
      author,
    );
  }
  /** A story brought to a status along the workflow by those allowed to move it. */
  async function storyAt(status: StoryStatus): Promise<number> {
    const { id } = await draft();
    const path: [StoryStatus, number][] = [
      ['filed', room.reporter],
      ['edited', room.editor],
      ['reviewed', room.chief],
      ['signed-off', room.chief],
    ];
    if (status === 'spiked') {
      await room.ok('story.transition', { id, to: 'spiked' }, room.reporter);
      return id;
    }
    for (const [to, actor] of path) {
      if (status === 'draft') break;
      await room.ok('story.transition', { id, to }, actor);
      if (to === status) break;
    }
    return id;
  }

  it('runs the full path 交稿 -> 一审 -> 二审 -> 签发 with a revision and audit entry per move', async () => {
    const { id } = await draft();
    const steps: [StoryStatus, number][] = [
      ['filed', room.reporter],
      ['edited', room.editor],
      ['reviewed', room.chief],
      ['signed-off', room.chief],
    ];
    let version = 1;
    for (const [to, actor] of steps) {
      const story = await room.ok('story.transition', { id, to, note: `to ${to}` }, actor);
      version += 1;
      expect(story).toMatchObject({ id, status: to, version, headline: '市民广场今日开放' });
    }
    expect(
      room.query(
        'SELECT version, status, author_id AS by FROM story_revisions WHERE story_id = ?',
        id,
      ),
    ).toEqual([
      { version: 1, status: 'draft', by: room.reporter },
      { version: 2, status: 'filed', by: room.reporter },
      { version: 3, status: 'edited', by: room.editor },
      { version: 4, status: 'reviewed', by: room.chief },
      { version: 5, status: 'signed-off', by: room.chief },
    ]);
    const audit = room.query<{ detail: string }>(
      "SELECT detail FROM audit WHERE action = 'story.transition' AND target = ? ORDER BY id",
      `story:${id}`,
    );
    expect(audit.map((a) => a.detail)).toEqual([
      'draft -> filed: to filed',
      'filed -> edited: to edited',
      'edited -> reviewed: to reviewed',
      'reviewed -> signed-off: to signed-off',
    ]);
    // A status change keeps the text: the last revision reads as the first one did.
    const last = await room.ok('revision.get', { storyId: id, version: 5 }, room.chief);
    expect(last).toMatchObject({
      headline: '市民广场今日开放',
      document: doc('本报讯 广场开放。'),
    });
  });

  it('refuses every move a role may not make with forbidden, and writes nothing', async () => {
    const cases: [StoryStatus, string, number, StoryStatus | 'restore'][] = [
      ['filed', 'reporter', room.reporter, 'edited'],
      ['filed', 'reporter', room.reporter, 'spiked'],
      ['edited', 'reporter', room.reporter, 'reviewed'],
      ['edited', 'reporter', room.reporter, 'filed'],
      ['edited', 'editor', room.editor, 'reviewed'],
      ['reviewed', 'editor', room.editor, 'signed-off'],
      ['reviewed', 'editor', room.editor, 'edited'],
      ['reviewed', 'reporter', room.reporter, 'signed-off'],
      ['signed-off', 'editor', room.editor, 'reviewed'],
      ['signed-off', 'reporter', room.reporter, 'spiked'],
      ['spiked', 'reporter', room.reporter, 'restore'],
    ];
    for (const [status, role, actor, to] of cases) {
      const id = await storyAt(status);
      const before = room.counts();
      const error = await room.refused('story.transition', { id, to }, actor);
      expect(error, `${role}: ${status} -> ${to}`).toMatchObject({
        code: 'forbidden',
        field: 'to',
      });
      expect(error.message).toMatch(new RegExp(`^story ${id}: `));
      expect(room.counts()).toEqual(before);
      expect((await room.ok('story.get', { id }, room.admin)).status).toBe(status);
    }
  });

  it('refuses a move that is not in the workflow (no skipping) with refused', async () => {
    const id = await storyAt('draft');
    const before = room.counts();
    for (const to of ['edited', 'reviewed', 'signed-off', 'draft', 'restore'] as const) {
      const error = await room.refused('story.transition', { id, to }, room.chief);
      expect(error).toMatchObject({ code: 'refused', field: 'to' });
      expect(error.message).toBe(`story ${id} is draft; it cannot move to ${to}`);
    }
    expect(room.counts()).toEqual(before);
  });

  it('keeps another reporter out: not-found, nothing written', async () => {
    const id = await storyAt('draft');
    const before = room.counts();
    const error = await room.refused('story.transition', { id, to: 'filed' }, room.otherReporter);
    expect(error).toMatchObject({ code: 'not-found', message: `no story ${id}` });
    expect(room.counts()).toEqual(before);
  });

  it('lets a reporter edit own draft only: not after filing, again after pulling it back', async () => {
    const id = await storyAt('filed');
    const before = room.counts();
    const error = await room.refused(
      'story.save',
      { id, fields: { headline: '记者想改' } },
      room.reporter,
    );
    expect(error).toMatchObject({
      code: 'forbidden',
      message: `story ${id} has been filed; the desk edits it now`,
    });
    expect(room.counts()).toEqual(before);
    // Decision: while still filed (一审 not begun) the reporter may pull it back to draft.
    await room.ok('story.transition', { id, to: 'draft' }, room.reporter);
    const saved = await room.ok(
      'story.save',
      { id, fields: { headline: '记者改过' } },
      room.reporter,
    );
    expect(saved).toMatchObject({ status: 'draft', headline: '记者改过' });
    // Once the desk has begun, the reporter cannot pull it back.
    await room.ok('story.transition', { id, to: 'filed' }, room.reporter);
    await room.ok('story.transition', { id, to: 'edited' }, room.editor);
    expect(
      await room.refused('story.transition', { id, to: 'filed' }, room.reporter),
    ).toMatchObject({ code: 'forbidden' });
  });

  it('lets only a chief (or admin) sign off, and change the text after sign-off', async () => {
    const id = await storyAt('reviewed');
    expect(
      await room.refused('story.transition', { id, to: 'signed-off' }, room.editor),
    ).toMatchObject({ code: 'forbidden' });
    const signed = await room.ok('story.transition', { id, to: 'signed-off' }, room.admin);
    expect(signed.status).toBe('signed-off');
    expect(
      await room.refused('story.save', { id, fields: { headline: '编辑改' } }, room.editor),
    ).toMatchObject({ code: 'forbidden' });
    const changed = await room.ok('story.save', { id, fields: { headline: '主编改' } }, room.chief);
    expect(changed).toMatchObject({ status: 'signed-off', headline: '主编改' });
    // Decision: a chief may send back one step at a time, sign-off included.
    const back = await room.ok('story.transition', { id, to: 'reviewed' }, room.chief);
    expect(back.status).toBe('reviewed');
    expect((await room.ok('story.transition', { id, to: 'edited' }, room.chief)).status).toBe(
      'edited',
    );
  });

  it('spikes and restores to the status the story had before the spike', async () => {
    for (const status of ['draft', 'filed', 'edited', 'reviewed'] as const) {
      const id = await storyAt(status);
      const spiked = await room.ok('story.transition', { id, to: 'spiked' }, room.editor);
      expect(spiked.status).toBe('spiked');
      expect(await room.ok('story.moves', { id }, room.editor)).toEqual({
        status: 'spiked',
        spikedFrom: status,
        moves: [{ name: 'restore', to: status }],
      });
      expect(
        await room.refused('story.save', { id, fields: { headline: '撤了还改' } }, room.chief),
      ).toMatchObject({ code: 'refused', message: `story ${id} is spiked; restore it first` });
      const restored = await room.ok('story.transition', { id, to: 'restore' }, room.editor);
      expect(restored.status).toBe(status);
      expect((await room.ok('story.moves', { id }, room.editor)).spikedFrom).toBeNull();
    }
    // Naming the previous status is the same restore.
    const id = await storyAt('edited');
    await room.ok('story.transition', { id, to: 'spiked' }, room.editor);
    expect(await room.refused('story.transition', { id, to: 'filed' }, room.editor)).toMatchObject({
      code: 'refused',
    });
    expect((await room.ok('story.transition', { id, to: 'edited' }, room.editor)).status).toBe(
      'edited',
    );
  });

  it('lets a reporter spike an own draft; restoring a signed-off story needs a chief', async () => {
    const mine = await storyAt('spiked');
    expect((await room.ok('story.get', { id: mine }, room.reporter)).status).toBe('spiked');
    expect(
      await room.refused('story.transition', { id: mine, to: 'restore' }, room.reporter),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      (await room.ok('story.transition', { id: mine, to: 'restore' }, room.editor)).status,
    ).toBe('draft');
    const signed = await storyAt('signed-off');
    await room.ok('story.transition', { id: signed, to: 'spiked' }, room.editor);
    expect(
      await room.refused('story.transition', { id: signed, to: 'restore' }, room.editor),
    ).toMatchObject({ code: 'forbidden' });
    expect(
      (await room.ok('story.transition', { id: signed, to: 'restore' }, room.chief)).status,
    ).toBe('signed-off');
  });

  it('offers each profile the moves it may make', async () => {
    const id = await storyAt('draft');
    const names = async (actor: number) =>
      (await room.ok('story.moves', { id }, actor)).moves.map((m) => `${m.name}:${m.to}`);
    expect(await names(room.reporter)).toEqual(['file:filed', 'spike:spiked']);
    await room.ok('story.transition', { id, to: 'filed' }, room.reporter);
    expect(await names(room.reporter)).toEqual(['pull-back:draft']);
    expect(await names(room.editor)).toEqual(['pull-back:draft', 'edit:edited', 'spike:spiked']);
    await room.ok('story.transition', { id, to: 'edited' }, room.editor);
    expect(await names(room.editor)).toEqual(['return:filed', 'spike:spiked']);
    expect(await names(room.chief)).toEqual(['return:filed', 'review:reviewed', 'spike:spiked']);
  });

  it('lists the desk by status then last change, filtered by status, author and headline', async () => {
    const a = await room.ok(
      'story.create',
      { fields: { headline: '市民广场今日开放' } },
      room.reporter,
    );
    const b = await room.ok(
      'story.create',
      { fields: { headline: '高铁站通车' } },
      room.otherReporter,
    );
    const c = await room.ok('story.create', { fields: { headline: '广场舞大赛' } }, room.editor);
    await room.ok('story.transition', { id: a.id, to: 'filed' }, room.reporter);
    const ids = async (args: unknown, actor = room.editor) =>
      (await room.ok('story.list', args, actor)).map((s) => s.id);
    // drafts first (c was changed after b), then filed
    expect(await ids({})).toEqual([c.id, b.id, a.id]);
    expect(await ids({ status: 'filed' })).toEqual([a.id]);
    expect(await ids({ authorId: room.otherReporter })).toEqual([b.id]);
    expect(await ids({ text: '广场' })).toEqual([c.id, a.id]);
    expect(await ids({ text: '%' })).toEqual([]);
    // A reporter sees own stories only, whatever the filter asks.
    expect(await ids({}, room.reporter)).toEqual([a.id]);
    expect(await ids({ authorId: room.otherReporter }, room.reporter)).toEqual([]);
    const [row] = await room.ok('story.list', { status: 'filed' }, room.editor);
    expect(row).toMatchObject({ id: a.id, page: null, lockHolder: null, authorName: '王小明' });
    await room.ok('lock.acquire', { storyId: a.id }, room.editor);
    expect((await room.ok('story.list', { status: 'filed' }, room.chief))[0]?.lockHolder).toBe(
      '张编辑',
    );
  });
});
