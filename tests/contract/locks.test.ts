import { describe, expect, it } from 'vitest';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const SINCE = '(\\d{4}-\\d{2}-\\d{2} )?\\d{2}:\\d{2}';

describe.each(TRANSPORTS)('edit locks over %s', (_label, make) => {
  const room = useNewsroom(make);

  async function filedStory() {
    const { id } = await room.ok('story.create', { fields: { headline: '稿一' } }, room.reporter);
    await room.ok('story.transition', { id, to: 'filed' }, room.reporter);
    return id;
  }

  it('takes a lock, shows it to others, and refreshes it for its holder', async () => {
    const id = await filedStory();
    const lock = await room.ok('lock.acquire', { storyId: id }, room.editor);
    expect(lock).toMatchObject({
      storyId: id,
      holderId: room.editor,
      holderName: '张编辑',
      mine: true,
    });
    expect(await room.ok('lock.get', { storyId: id }, room.chief)).toEqual({
      ...lock,
      mine: false,
    });
    const again = await room.ok('lock.acquire', { storyId: id }, room.editor);
    expect(again.since >= lock.since).toBe(true);
    expect(room.counts().story_locks).toBe(1);
  });

  it('refuses a second profile with a conflict naming the holder and the time', async () => {
    const id = await filedStory();
    await room.ok('lock.acquire', { storyId: id }, room.editor);
    const before = room.counts();
    const error = await room.refused('lock.acquire', { storyId: id }, room.chief);
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(new RegExp(`^story ${id} is locked by 张编辑 since ${SINCE}$`));
    // Saves, moves, restores and releases by anyone else are refused the same way.
    const writes: [string, unknown][] = [
      ['story.save', { id, fields: { headline: '主编改' } }],
      ['story.transition', { id, to: 'edited' }],
      ['revision.restore', { storyId: id, version: 1 }],
      ['lock.release', { storyId: id }],
    ];
    for (const [name, args] of writes) {
      const refused = await room.refused(name as 'story.save', args, room.chief);
      expect(refused, name).toMatchObject({ code: 'conflict' });
      expect(refused.message).toContain('locked by 张编辑 since');
    }
    expect(room.counts()).toEqual(before);
    // The holder works on.
    await room.ok('story.save', { id, fields: { headline: '编辑改' } }, room.editor);
    await room.ok('story.transition', { id, to: 'edited' }, room.editor);
  });

  it('takes a lock only where the profile may change the text', async () => {
    const id = await filedStory();
    expect(await room.refused('lock.acquire', { storyId: id }, room.reporter)).toMatchObject({
      code: 'forbidden',
    });
    expect(await room.refused('lock.acquire', { storyId: id }, room.otherReporter)).toMatchObject({
      code: 'not-found',
      field: 'storyId',
    });
    expect(room.counts().story_locks).toBe(0);
  });

  it('releases only for the holder; releaseAll frees every lock of the profile', async () => {
    const a = await filedStory();
    const b = await filedStory();
    await room.ok('lock.acquire', { storyId: a }, room.editor);
    await room.ok('lock.acquire', { storyId: b }, room.editor);
    expect(await room.ok('lock.release', { storyId: a }, room.editor)).toEqual({ released: true });
    expect(await room.ok('lock.release', { storyId: a }, room.editor)).toEqual({ released: false });
    expect(await room.ok('lock.releaseAll', {}, room.chief)).toEqual({ count: 0 });
    expect(await room.ok('lock.releaseAll', {}, room.editor)).toEqual({ count: 1 });
    expect(await room.ok('lock.get', { storyId: b }, room.editor)).toBeNull();
  });

  it('lets only a chief break a lock; audited; the former holder must reopen; no revision lost', async () => {
    const { id } = await room.ok('story.create', { fields: { headline: '稿一' } }, room.reporter);
    await room.ok('lock.acquire', { storyId: id }, room.reporter);
    // The reporter's autosave before the crash is a revision like any save.
    await room.ok('story.save', { id, fields: { headline: '崩溃前的稿子' } }, room.reporter);
    const before = room.counts();
    expect(await room.refused('lock.break', { storyId: id }, room.editor)).toMatchObject({
      code: 'forbidden',
    });
    expect(room.counts()).toEqual(before);

    expect(await room.ok('lock.break', { storyId: id }, room.chief)).toEqual({ released: true });
    const audit = room.query<{ actor: number; detail: string }>(
      "SELECT actor_id AS actor, detail FROM audit WHERE action = 'lock.break' AND target = ?",
      `story:${id}`,
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actor: room.chief });
    expect(audit[0]?.detail).toMatch(/^王小明 since \d{4}-/);

    // The new holder works on top of the last saved version.
    await room.ok('lock.acquire', { storyId: id }, room.chief);
    const current = await room.ok('story.get', { id }, room.chief);
    expect(current).toMatchObject({ version: 2, headline: '崩溃前的稿子' });
    await room.ok(
      'story.save',
      { id, fields: { headline: '主编接手' }, baseVersion: 2 },
      room.chief,
    );
    await room.ok('lock.release', { storyId: id }, room.chief);

    // The former holder's stale editor cannot overwrite it, even with nobody holding the lock.
    const stale = await room.refused(
      'story.save',
      { id, fields: { headline: '旧窗口' } },
      room.reporter,
    );
    expect(stale.code).toBe('conflict');
    expect(stale.message).toMatch(
      new RegExp(`^story ${id}: your lock was broken by 刘主编 at ${SINCE}; open the story again`),
    );
    expect(
      room.query<{ version: number; headline: string }>(
        "SELECT version, json_extract(fields, '$.headline') AS headline FROM story_revisions WHERE story_id = ?",
        id,
      ),
    ).toEqual([
      { version: 1, headline: '稿一' },
      { version: 2, headline: '崩溃前的稿子' },
      { version: 3, headline: '主编接手' },
    ]);
    // Opening the story again clears it: the reporter goes on from version 3.
    await room.ok('lock.acquire', { storyId: id }, room.reporter);
    const saved = await room.ok(
      'story.save',
      { id, fields: { headline: '记者续写' }, baseVersion: 3 },
      room.reporter,
    );
    expect(saved.version).toBe(4);
  });

  it('lets a save go through when nobody holds the lock (the CLI saves without one)', async () => {
    const id = await filedStory();
    const saved = await room.ok(
      'story.save',
      { id, fields: { headline: '无锁保存' } },
      room.editor,
    );
    expect(saved.version).toBe(3);
    expect(await room.ok('lock.break', { storyId: id }, room.chief)).toEqual({ released: false });
  });
});
