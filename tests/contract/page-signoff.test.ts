import { describe, expect, it } from 'vitest';
import { doc } from '../support/story-doc';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-12-05';

describe.each(TRANSPORTS)('page sign-off (大样签发) over %s', (_label, make) => {
  const room = useNewsroom(make);

  /** A one-page issue holding one signed-off story (moved by the chief). */
  async function onePage(pages = 1): Promise<number> {
    await room.ok('issue.create', { date: DAY, pages }, room.chief);
    const { id } = await room.ok(
      'story.create',
      {
        fields: { headline: '市民广场今日开放' },
        document: doc('本报讯 市民广场今天上午正式开放。\n\n广场位于城东，占地三万平方米。'),
      },
      room.chief,
    );
    for (const to of ['filed', 'edited', 'reviewed', 'signed-off']) {
      await room.ok('story.transition', { id, to }, room.chief);
    }
    await room.ok(
      'placement.assign',
      { storyId: id, date: DAY, page: 1, priority: 'lead' },
      room.chief,
    );
    await room.ok('layout.auto', { date: DAY }, room.editor);
    return id;
  }
  async function proofAll(page = 1) {
    for (const round of [1, 2, 3]) {
      await room.ok('page.proof', { date: DAY, page, round }, room.editor);
    }
  }
  const signoffRows = () =>
    room.query<{ n: number }>(
      'SELECT (SELECT COUNT(*) FROM page_proofs) + (SELECT COUNT(*) FROM page_approvals) AS n',
    )[0]?.n;

  it('ticks 一校/二校/三校 in order (who and when), then the chief approves; all audited', async () => {
    await onePage();
    const first = await room.ok('page.proof', { date: DAY, page: 1, round: 1 }, room.editor);
    expect(first.proofs).toEqual([{ round: 1, by: '张编辑', at: expect.any(String) }]);
    expect(first.approved).toBeNull();
    expect(
      await room.refusedWhy('page.proof', { date: DAY, page: 1, round: 3 }, room.editor),
    ).toMatchObject({
      code: 'refused',
      field: 'round',
      reason: 'proof-out-of-order',
      params: { page: 1, round: 3, next: 2 },
    });
    expect(
      await room.refusedWhy('page.proof', { date: DAY, page: 1, round: 1 }, room.chief),
    ).toMatchObject({ reason: 'proof-ticked', params: { page: 1, round: 1 } });
    await room.ok('page.proof', { date: DAY, page: 1, round: 2 }, room.chief);
    expect(await room.refusedWhy('page.approve', { date: DAY, page: 1 }, room.chief)).toMatchObject(
      {
        code: 'refused',
        message: 'page 1 is not proofread: 三校 is not ticked',
        reason: 'proof-missing',
        params: { page: 1, round: 3 },
      },
    );
    await room.ok('page.proof', { date: DAY, page: 1, round: 3 }, room.editor);
    const approved = await room.ok('page.approve', { date: DAY, page: 1 }, room.chief);
    expect(approved.proofs.map((p) => [p.round, p.by])).toEqual([
      [1, '张编辑'],
      [2, '刘主编'],
      [3, '张编辑'],
    ]);
    expect(approved.approved).toEqual({ by: '刘主编', at: expect.any(String) });
    expect(approved.withdrawn).toBeNull();
    const all = await room.ok('page.signoff', { date: DAY }, room.reporter);
    expect(all.required).toBe(true);
    expect(all.pages).toEqual([approved]);

    const trail = await room.ok('audit.search', { target: `page:${DAY}/1`, limit: 10 }, room.chief);
    expect(trail.map((e) => [e.actorName, e.action, e.detail]).reverse()).toEqual([
      ['张编辑', 'page.proof', '一校'],
      ['刘主编', 'page.proof', '二校'],
      ['张编辑', 'page.proof', '三校'],
      ['刘主编', 'page.approve', 'approved'],
    ]);
  });

  it('lets only the desk tick rounds and only a chief or admin approve or withdraw', async () => {
    await onePage();
    const before = signoffRows();
    expect(
      await room.refusedWhy('page.proof', { date: DAY, page: 1, round: 1 }, room.reporter),
    ).toMatchObject({ code: 'forbidden', reason: 'forbidden', params: { action: 'page.proof' } });
    await proofAll();
    for (const actor of [room.reporter, room.editor]) {
      expect(await room.refusedWhy('page.approve', { date: DAY, page: 1 }, actor)).toMatchObject({
        code: 'forbidden',
        reason: 'forbidden',
        params: { action: 'page.approve' },
      });
    }
    expect(signoffRows()).toBe((before ?? 0) + 3);
    await room.ok('page.approve', { date: DAY, page: 1 }, room.admin);
    expect(
      await room.refusedWhy('page.withdraw', { date: DAY, page: 1 }, room.editor),
    ).toMatchObject({ code: 'forbidden', params: { action: 'page.approve' } });
    expect(await room.refusedWhy('page.approve', { date: DAY, page: 1 }, room.chief)).toMatchObject(
      { reason: 'page-approved', params: { page: 1 } },
    );
    expect(
      await room.refusedWhy('page.proof', { date: DAY, page: 2, round: 1 }, room.editor),
    ).toMatchObject({ code: 'refused', reason: 'no-page' });

    const withdrawn = await room.ok(
      'page.withdraw',
      { date: DAY, page: 1, note: '头条换稿' },
      room.chief,
    );
    expect(withdrawn.approved).toBeNull();
    expect(withdrawn.withdrawn).toEqual({ by: '刘主编', at: expect.any(String), note: '头条换稿' });
    // The proof ticks stay; the chief approves again at once.
    expect(withdrawn.proofs).toHaveLength(3);
    expect(
      await room.refusedWhy('page.withdraw', { date: DAY, page: 1 }, room.chief),
    ).toMatchObject({ reason: 'page-not-approved', params: { page: 1 } });
    expect((await room.ok('page.approve', { date: DAY, page: 1 }, room.chief)).approved?.by).toBe(
      '刘主编',
    );
  });

  it('makes an unapproved page a preflight error that refuses export unless forced', async () => {
    await onePage();
    const found = await room.ok('preflight.run', { date: DAY }, room.editor);
    expect(found.filter((f) => f.severity === 'error')).toEqual([
      {
        severity: 'error',
        code: 'page-not-approved',
        page: 1,
        storyId: null,
        message: 'page not approved by the chief editor',
        params: { page: 1 },
      },
    ]);
    expect(await room.refused('export.html', { date: DAY }, room.editor)).toEqual({
      code: 'refused',
      message:
        'preflight found 1 error; not exported (force with a reason to export anyway):\n' +
        'page 1: page not approved by the chief editor [page-not-approved]',
    });
    const forced = await room.ok(
      'export.html',
      { date: DAY, force: '值班总编电话签发' },
      room.editor,
    );
    expect(forced.forced).toBe('值班总编电话签发');

    await proofAll();
    await room.ok('page.approve', { date: DAY, page: 1 }, room.chief);
    expect(
      (await room.ok('preflight.run', { date: DAY }, room.editor)).filter(
        (f) => f.severity === 'error',
      ),
    ).toEqual([]);
    const exported = await room.ok('export.html', { date: DAY }, room.editor);
    expect(exported.pages).toBe(1);
    expect(exported.forced).toBeUndefined();

    // A paper may turn the gate off (print.approval): then no page needs approval.
    await room.ok('page.withdraw', { date: DAY, page: 1 }, room.chief);
    await room.ok('settings.set', { key: 'print.approval', value: 'off' }, room.admin);
    expect((await room.ok('page.signoff', { date: DAY }, room.editor)).required).toBe(false);
    expect((await room.ok('export.html', { date: DAY }, room.editor)).pages).toBe(1);
  });

  it('lets an editor trim a signed-off placed story: a revision, the page approval withdrawn', async () => {
    const id = await onePage(2);
    await room.ok('placement.assign', { storyId: id, date: DAY, page: 1, jumpTo: 2 }, room.chief);
    for (const page of [1, 2]) {
      await proofAll(page);
      await room.ok('page.approve', { date: DAY, page }, room.chief);
    }
    expect(await room.ok('page.ofStory', { storyId: id }, room.editor)).toEqual([
      { date: DAY, page: 1, approved: true },
      { date: DAY, page: 2, approved: true },
    ]);
    const story = await room.ok('story.get', { id }, room.editor);
    await room.ok('lock.acquire', { storyId: id }, room.editor);
    const trimmed = await room.ok(
      'story.save',
      {
        id,
        fields: { headline: story.headline },
        document: doc('本报讯 市民广场今天上午正式开放。'),
        baseVersion: story.version,
      },
      room.editor,
    );
    await room.ok('lock.release', { storyId: id }, room.editor);
    // Still signed off; the trim is the editor's revision.
    expect(trimmed).toMatchObject({ status: 'signed-off', version: story.version + 1 });
    expect(
      room.query(
        'SELECT author_id AS by, status FROM story_revisions WHERE story_id = ? AND version = ?',
        id,
        trimmed.version,
      ),
    ).toEqual([{ by: room.editor, status: 'signed-off' }]);

    const { pages } = await room.ok('page.signoff', { date: DAY }, room.chief);
    const change = {
      storyId: id,
      headline: '市民广场今日开放',
      fromVersion: story.version,
      toVersion: trimmed.version,
      by: '张编辑',
      at: expect.any(String),
    };
    for (const state of pages) {
      expect(state.approved).toBeNull();
      expect(state.withdrawn).toEqual({ by: '张编辑', at: expect.any(String), note: '' });
      expect(state.changes).toEqual([change]);
      expect(state.proofs).toHaveLength(3);
    }
    const trail = await room.ok('audit.search', { target: `page:${DAY}/1`, limit: 1 }, room.chief);
    expect(trail[0]).toMatchObject({
      actorName: '张编辑',
      action: 'page.withdraw',
      detail: `story ${id} changed (version ${story.version} -> ${trimmed.version}) by 张编辑`,
    });
    // The chief reads the trim as a diff, then approves again; the changes are then seen.
    const diff = await room.ok(
      'revision.diff',
      { storyId: id, from: story.version, to: trimmed.version },
      room.chief,
    );
    expect(diff.fields.body.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual([
      '\n\n广场位于城东，占地三万平方米。',
    ]);
    const again = await room.ok('page.approve', { date: DAY, page: 1 }, room.chief);
    expect(again).toMatchObject({ withdrawn: null, changes: [] });
    expect(again.approved?.by).toBe('刘主编');
    const unapproved = (await room.ok('preflight.run', { date: DAY }, room.editor))
      .filter((f) => f.code === 'page-not-approved')
      .map((f) => f.page);
    expect(unapproved).toEqual([2]);
  });

  it('still refuses an editor a signed-off story that is on no page', async () => {
    const id = await onePage();
    await room.ok('placement.remove', { storyId: id, date: DAY }, room.chief);
    expect(await room.ok('page.ofStory', { storyId: id }, room.editor)).toEqual([]);
    const before = room.counts();
    expect(
      await room.refusedWhy('story.save', { id, fields: { headline: '改标题' } }, room.editor),
    ).toMatchObject({ code: 'forbidden', reason: 'story-signed-off', params: { id } });
    expect(await room.refusedWhy('lock.acquire', { storyId: id }, room.editor)).toMatchObject({
      reason: 'story-signed-off',
    });
    expect(room.counts()).toEqual(before);
    // A reporter sees neither where another's story sits nor the desk's changes.
    expect(await room.refusedWhy('page.ofStory', { storyId: id }, room.reporter)).toMatchObject({
      code: 'not-found',
      reason: 'story-missing',
    });
  });
});
