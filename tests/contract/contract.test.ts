import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { api } from '../../src/shared/contract';
import { doc } from '../support/story-doc';
import { tempDir } from '../support/temp-db';
import { inProcess, overHttp, type TestTransport } from './transports';

type Maker = (desk: Desk, dir: string) => Promise<TestTransport>;
const TRANSPORTS: [string, Maker][] = [
  ['in-process', async (desk) => inProcess(desk)],
  ['http', (desk, dir) => overHttp(desk, dir)],
];

/** Rows in every table that a refused call must leave untouched. */
function counts(dbPath: string): Record<string, number> {
  const db = new Database(dbPath, { readonly: true });
  try {
    const tables = ['profiles', 'settings', 'stories', 'story_revisions', 'audit'];
    return Object.fromEntries(
      tables.map((t) => [t, Number(db.prepare(`SELECT COUNT(*) FROM ${t}`).pluck().get())]),
    );
  } finally {
    db.close();
  }
}

describe.each(TRANSPORTS)('the contract over %s', (_label, make) => {
  let temp: ReturnType<typeof tempDir>;
  let dbPath: string;
  let desk: Desk;
  let t: TestTransport;
  const ADMIN = 1;
  let reporter: number;
  let otherReporter: number;
  let editor: number;

  async function ok<R>(name: string, args: unknown, actor: number | null): Promise<R> {
    const reply = await t.call(name, args, actor);
    if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code} ${reply.error.message}`);
    // The result must match the contract's declared result schema.
    api[name as keyof typeof api].result.parse(reply.result);
    return reply.result as R;
  }

  beforeEach(async () => {
    temp = tempDir();
    dbPath = join(temp.dir, 'desk.sqlite');
    desk = openDesk({ dbPath });
    t = await make(desk, temp.dir);
    reporter = (
      await ok<{ id: number }>('profile.create', { name: '王小明', role: 'reporter' }, ADMIN)
    ).id;
    otherReporter = (
      await ok<{ id: number }>('profile.create', { name: '李娜', role: 'reporter' }, ADMIN)
    ).id;
    editor = (await ok<{ id: number }>('profile.create', { name: '张编辑', role: 'editor' }, ADMIN))
      .id;
  });
  afterEach(async () => {
    await t.close();
    desk.close();
    temp.cleanup();
  });

  it('creates, reads and saves a story with a revision and an audit entry each time', async () => {
    const story = await ok<{ id: number; version: number; chars: number }>(
      'story.create',
      {
        fields: { headline: '市民广场今日开放' },
        document: doc('本报讯 市民广场今天上午正式开放。\n\n游客500名。'),
      },
      reporter,
    );
    expect(story.version).toBe(1);
    expect(story.chars).toBe(8 + 16 + 5);
    const saved = await ok<{ version: number; headline: string }>(
      'story.save',
      { id: story.id, fields: { headline: '市民广场正式开放' }, baseVersion: 1 },
      reporter,
    );
    expect(saved).toMatchObject({ version: 2, headline: '市民广场正式开放' });
    const db = new Database(dbPath, { readonly: true });
    expect(
      db.prepare('SELECT version FROM story_revisions WHERE story_id = ?').pluck().all(story.id),
    ).toEqual([1, 2]);
    expect(
      db
        .prepare('SELECT action FROM audit WHERE target = ? ORDER BY id')
        .pluck()
        .all(`story:${story.id}`),
    ).toEqual(['story.create', 'story.save']);
    db.close();
  });

  it('refuses a bad argument with a typed error naming the field, and writes nothing', async () => {
    const before = counts(dbPath);
    const cases: [string, unknown, string][] = [
      ['story.create', { fields: { headline: '   ' } }, 'fields.headline'],
      ['story.create', { fields: { headline: 'x', priority: 'urgent' } }, 'fields.priority'],
      ['story.create', { fields: { headline: 'x' }, deskDate: '2026-02-30' }, 'deskDate'],
      ['profile.create', { name: '', role: 'reporter' }, 'name'],
      ['profile.create', { name: 'x', role: 'boss' }, 'role'],
      ['settings.set', { key: 'page.columns', value: 99 }, 'page.columns'],
      ['settings.set', { key: 'no.such.key', value: 1 }, 'key'],
      ['story.get', { id: 'one' }, 'id'],
      ['story.get', { id: 1, extra: true }, ''],
    ];
    for (const [name, args, field] of cases) {
      const reply = await t.call(name, args, ADMIN);
      expect(reply.ok, `${name} ${JSON.stringify(args)}`).toBe(false);
      if (reply.ok) continue;
      expect(reply.error.code).toBe('bad-argument');
      if (field) expect(reply.error.field).toBe(field);
      expect(reply.error.message.length).toBeGreaterThan(3);
    }
    expect(counts(dbPath)).toEqual(before);
  });

  it('refuses an unknown handler', async () => {
    for (const name of ['story.delete', 'constructor', '__proto__', 'toString']) {
      const reply = await t.call(name, {}, ADMIN);
      expect(reply).toMatchObject({ ok: false, error: { code: 'unknown-handler' } });
    }
  });

  it('asks who is working before anything that needs a profile', async () => {
    const reply = await t.call('story.list', {}, null);
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const unknown = await t.call('story.list', {}, 999);
    expect(unknown).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });

  it('holds permissions in the handlers: a reporter cannot change another story, settings or profiles', async () => {
    const mine = await ok<{ id: number }>(
      'story.create',
      { fields: { headline: '我的稿子' } },
      reporter,
    );
    const before = counts(dbPath);
    const refusals: [string, unknown, string][] = [
      ['story.save', { id: mine.id, fields: { headline: '改掉' } }, 'not-found'],
      ['story.get', { id: mine.id }, 'not-found'],
      ['settings.set', { key: 'paper.name', value: '假报' }, 'forbidden'],
      ['profile.create', { name: '冒名', role: 'admin' }, 'forbidden'],
      ['profile.setRole', { id: otherReporter, role: 'admin' }, 'forbidden'],
    ];
    for (const [name, args, code] of refusals) {
      const reply = await t.call(name, args, otherReporter);
      expect(reply, name).toMatchObject({ ok: false, error: { code } });
    }
    expect(await ok<unknown[]>('story.list', {}, otherReporter)).toEqual([]);
    expect(counts(dbPath)).toEqual(before);
    // The editor may change it; the reporter sees the desk's version.
    await ok('story.save', { id: mine.id, fields: { headline: '编辑改过' } }, editor);
    const seen = await ok<{ headline: string }>('story.get', { id: mine.id }, reporter);
    expect(seen.headline).toBe('编辑改过');
  });

  it('refuses a save against a stale version with a conflict and writes nothing', async () => {
    const story = await ok<{ id: number }>(
      'story.create',
      { fields: { headline: '稿一' } },
      reporter,
    );
    await ok(
      'story.save',
      { id: story.id, fields: { headline: '稿二' }, baseVersion: 1 },
      reporter,
    );
    const before = counts(dbPath);
    const stale = await t.call(
      'story.save',
      { id: story.id, fields: { headline: '稿三' }, baseVersion: 1 },
      reporter,
    );
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict', field: 'baseVersion' } });
    expect(counts(dbPath)).toEqual(before);
  });

  it('lets an admin set settings and keeps the last admin', async () => {
    const settings = await ok<Record<string, unknown>>(
      'settings.set',
      { key: 'paper.name', value: '晋城日报' },
      ADMIN,
    );
    expect(settings['paper.name']).toBe('晋城日报');
    const last = await t.call('profile.setRole', { id: ADMIN, role: 'editor' }, ADMIN);
    expect(last).toMatchObject({ ok: false, error: { code: 'refused', field: 'role' } });
  });

  it('signs in only with the right password, and says who acts', async () => {
    await desk.call(
      'profile.setPassword',
      { id: reporter, password: 'reporter-pw-1' },
      { actorId: ADMIN },
    );
    const signed = await ok<{ profile: { name: string }; mustChangePassword: boolean }>(
      'session.login',
      { name: '王小明', password: 'reporter-pw-1' },
      null,
    );
    expect(signed).toMatchObject({ profile: { name: '王小明' }, mustChangePassword: false });
    for (const args of [
      { name: '王小明', password: 'reporter-pw-2' },
      { name: '无名氏', password: 'reporter-pw-1' },
    ]) {
      expect(await t.call('session.login', args, null)).toEqual({
        ok: false,
        error: { code: 'unauthorized', message: 'wrong name or password' },
      });
    }
    expect(await ok('session.me', {}, null)).toBeNull();
  });
});
