import { copyFileSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dailyIsDue, lastDailyDue, startBackupSchedule } from '../../src/main/desk/backup/schedule';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { SCHEMA_VERSION } from '../../src/main/store/migrations';
import { tempDir } from '../support/temp-db';

describe('the daily backup time', () => {
  it('is due once a day, after the set time', () => {
    const at = (s: string) => new Date(s);
    expect(lastDailyDue(at('2026-12-04T05:00:00'), '04:00')).toEqual(at('2026-12-04T04:00:00'));
    expect(lastDailyDue(at('2026-12-04T03:59:00'), '04:00')).toEqual(at('2026-12-03T04:00:00'));
    expect(dailyIsDue(at('2026-12-04T05:00:00'), '04:00', undefined)).toBe(true);
    expect(dailyIsDue(at('2026-12-04T05:00:00'), '04:00', at('2026-12-04T04:01:00'))).toBe(false);
    expect(dailyIsDue(at('2026-12-04T05:00:00'), '04:00', at('2026-12-03T23:00:00'))).toBe(true);
    expect(dailyIsDue(at('2026-12-04T03:00:00'), '04:00', at('2026-12-03T23:00:00'))).toBe(false);
  });
});

describe('the app backs up on its own', () => {
  let temp: ReturnType<typeof tempDir>;
  let dbPath: string;
  let desk: Desk;
  let folder: string;
  const admin = { actorId: 1 };
  beforeEach(async () => {
    temp = tempDir();
    dbPath = join(temp.dir, 'paper.sqlite');
    folder = join(temp.dir, 'chosen');
    desk = openDesk({ dbPath });
    for (const [key, value] of [
      ['backup.folder', folder],
      ['backup.keep', 2],
      ['backup.time', '04:00'],
    ] as const) {
      const reply = await desk.call('settings.set', { key, value }, admin);
      if (!reply.ok) throw new Error(reply.error.message);
    }
  });
  afterEach(() => {
    desk.close();
    temp.cleanup();
  });

  it('daily at the set time and on quit, into the chosen folder, keeping N', async () => {
    let clock = new Date('2026-12-04T05:00:00');
    const lines: string[] = [];
    const schedule = startBackupSchedule({ dbPath, log: (l) => lines.push(l), now: () => clock });
    await schedule.tick();
    await schedule.tick(); // not due again the same day
    expect(readdirSync(folder)).toEqual(['newsdesk-20261204-050000-daily.sqlite']);
    clock = new Date('2026-12-05T04:30:00');
    await schedule.tick();
    clock = new Date('2026-12-06T04:30:00');
    await schedule.tick();
    expect(readdirSync(folder).sort()).toEqual([
      'newsdesk-20261205-043000-daily.sqlite',
      'newsdesk-20261206-043000-daily.sqlite',
    ]);
    clock = new Date('2026-12-06T18:00:00');
    await schedule.onQuit();
    expect(readdirSync(folder).sort()).toEqual([
      'newsdesk-20261206-043000-daily.sqlite',
      'newsdesk-20261206-180000-quit.sqlite',
    ]);
    expect(lines).toEqual([]);
  });

  it('lists, makes and restores backups through the desk (admin only)', async () => {
    const made = await desk.call('backup.create', {}, admin);
    if (!made.ok) throw new Error(made.error.message);
    const { name } = made.result as { name: string };
    const listed = await desk.call('backup.list', {}, admin);
    expect(listed.ok && listed.result).toMatchObject({
      folder,
      backups: [{ name, reason: 'manual' }],
    });

    const reporter = await desk.call('profile.create', { name: '记者甲', role: 'reporter' }, admin);
    const reporterId = reporter.ok ? (reporter.result as { id: number }).id : 0;
    const refused = await desk.call('backup.list', {}, { actorId: reporterId });
    expect(refused.ok || refused.error.code).toBe('forbidden');
    const bad = await desk.call('backup.restore', { name: '../paper.sqlite' }, admin);
    expect(bad.ok || bad.error).toEqual({
      code: 'bad-argument',
      message: 'name: not a backup of this app',
      field: 'name',
    });

    const restored = await desk.call('backup.restore', { name }, admin);
    if (!restored.ok) throw new Error(restored.error.message);
    const { path } = restored.result as { path: string };
    expect(path.startsWith(temp.dir)).toBe(true);
    const db = new Database(path, { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare("SELECT value FROM settings WHERE key = 'backup.keep'").pluck().get()).toBe(
      '2',
    );
    db.close();
  });
});

describe('before a migration', () => {
  it('backs the paper up as it was, then upgrades it', () => {
    const temp = tempDir();
    try {
      const path = join(temp.dir, 'paper.sqlite');
      copyFileSync(join(__dirname, '..', 'fixtures', 'db', 'schema-4.sqlite'), path);
      openDesk({ dbPath: path }).close();
      const backups = readdirSync(join(temp.dir, 'backups'));
      expect(backups).toHaveLength(1);
      // Named after the version the migration brings the file to.
      expect(backups[0]).toMatch(
        new RegExp(`^newsdesk-\\d{8}-\\d{6}-before-v${SCHEMA_VERSION}\\.sqlite$`),
      );
      const old = new Database(join(temp.dir, 'backups', backups[0] ?? ''), { readonly: true });
      expect(old.pragma('user_version', { simple: true })).toBe(4);
      old.close();
      openDesk({ dbPath: path }).close(); // up to date: no second backup
      expect(readdirSync(join(temp.dir, 'backups'))).toHaveLength(1);
      expect(existsSync(path)).toBe(true);
    } finally {
      temp.cleanup();
    }
  });
});
