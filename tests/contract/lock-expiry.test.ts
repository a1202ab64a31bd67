import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { tempDir } from '../support/temp-db';

/** Locks held by heartbeat: renewed by the editor that holds them, lapsing when it stops. */
describe('locks that expire', () => {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  let now = Date.parse('2026-12-04T08:00:00Z');
  const minutes = (n: number) => {
    now += n * 60_000;
  };
  let editor = 0;
  let chief = 0;
  let storyId = 0;
  const as = (actorId: number) => ({ actorId });
  const call = async (name: string, args: unknown, actorId: number) =>
    desk.call(name, args, as(actorId));

  beforeEach(async () => {
    temp = tempDir();
    desk = openDesk({
      dbPath: join(temp.dir, 'desk.sqlite'),
      passwordCost: 10,
      clock: () => new Date(now),
    });
    const made = async (name: string, role: string) => {
      const reply = await call('profile.create', { name, role, password: 'password-1234' }, 1);
      return reply.ok ? (reply.result as { id: number }).id : 0;
    };
    editor = await made('张编辑', 'editor');
    chief = await made('刘主编', 'chief');
    const story = await call('story.create', { fields: { headline: '锁稿' } }, editor);
    storyId = story.ok ? (story.result as { id: number }).id : 0;
  });
  afterEach(() => {
    desk.close();
    temp.cleanup();
  });

  it('keeps a renewed lock and releases one not renewed for two minutes', async () => {
    expect((await call('lock.acquire', { storyId }, editor)).ok).toBe(true);
    minutes(1.5);
    // The heartbeat: the same call renews it, keeping when it was taken.
    expect(await call('lock.acquire', { storyId }, editor)).toMatchObject({
      ok: true,
      result: { since: '2026-12-04T08:00:00.000Z' },
    });
    minutes(1.5);
    expect(await call('lock.acquire', { storyId }, chief)).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await call('lock.get', { storyId }, chief)).toMatchObject({
      ok: true,
      result: { holderName: '张编辑' },
    });
    minutes(0.51);
    // Two minutes after the last heartbeat: the lock is gone, and the chief takes it.
    expect(await call('lock.get', { storyId }, chief)).toEqual({ ok: true, result: null });
    expect((await call('lock.acquire', { storyId }, chief)).ok).toBe(true);
    // The editor's stale tab comes back: its save is refused, naming the new holder.
    const save = await call(
      'story.save',
      { id: storyId, fields: { headline: '旧稿' }, baseVersion: 1 },
      editor,
    );
    expect(save).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(save.ok ? '' : save.error.message).toMatch(/^story \d+ is locked by 刘主编 since /);
  });

  it('follows the paper’s lock.expiryMinutes', async () => {
    await call('settings.set', { key: 'lock.expiryMinutes', value: 5 }, 1);
    await call('lock.acquire', { storyId }, editor);
    minutes(4.9);
    expect((await call('lock.acquire', { storyId }, chief)).ok).toBe(false);
    minutes(0.2);
    expect((await call('lock.acquire', { storyId }, chief)).ok).toBe(true);
  });
});
