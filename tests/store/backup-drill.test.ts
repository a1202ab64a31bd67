import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import { backupTo, restoreFrom } from '../../src/main/store/backup';
import { callHost } from '../support/http-client';
import { type HostProcess, spawnHost } from '../support/spawn-host';
import { tempDir } from '../support/temp-db';

describe('restore drill: back up under load, restore, nothing acknowledged missing', () => {
  const temp = tempDir();
  const dbPath = join(temp.dir, 'paper.sqlite');
  let host: HostProcess;
  let reporter = 0;

  beforeAll(async () => {
    const desk = openDesk({ dbPath });
    const made = await desk.call(
      'profile.create',
      { name: '记者甲', role: 'reporter' },
      { actorId: 1 },
    );
    if (!made.ok) throw new Error(made.error.message);
    reporter = (made.result as { id: number }).id;
    desk.close();
    // Some weight, so the snapshot takes a while: 24 MB of photographs.
    const db = new Database(dbPath);
    const insert = db.prepare(
      "INSERT INTO assets (hash, mime, width, height, bytes, created_at) VALUES (?, 'image/jpeg', 1, 1, ?, 'x')",
    );
    db.transaction(() => {
      for (let i = 0; i < 24; i++) insert.run(`${i}`.padStart(64, '0'), randomBytes(1_000_000));
    })();
    db.close();
    host = await spawnHost(dbPath, temp.dir);
  }, 60_000);

  afterAll(async () => {
    await host.stop();
    temp.cleanup();
  });

  it('restores a consistent paper holding every write acknowledged before the backup', async () => {
    const acked: { id: number; version: number; headline: string; at: number }[] = [];
    let writing = true;
    const writer = (async () => {
      const made = await callHost(host, 'story.create', { fields: { headline: '稿 0' } }, reporter);
      if (!made.ok) throw new Error(made.error.message);
      const id = (made.result as { id: number }).id;
      acked.push({ id, version: 1, headline: '稿 0', at: performance.now() });
      for (let n = 1; writing; n++) {
        const headline = `稿 ${n}`;
        const saved = await callHost(host, 'story.save', { id, fields: { headline } }, reporter);
        if (!saved.ok) throw new Error(`${saved.error.code} ${saved.error.message}`);
        acked.push({
          id,
          version: (saved.result as { version: number }).version,
          headline,
          at: performance.now(),
        });
      }
    })();
    while (acked.length < 20) await new Promise((r) => setTimeout(r, 20));

    // A stale temporary file of a backup that was killed: removed by the next backup.
    const stale = join(temp.dir, '.old.sqlite.999999999.partial');
    writeFileSync(stale, 'half a backup');
    const backup = join(temp.dir, 'backup.sqlite');
    const started = performance.now();
    const progress: number[] = [];
    await backupTo(dbPath, backup, { onProgress: (done, total) => progress.push(done / total) });
    const during = acked.filter((w) => w.at > started).length;
    writing = false;
    await writer;

    expect(during).toBeGreaterThan(0); // people went on saving while it ran
    expect(progress.at(-1)).toBe(1);
    expect(existsSync(stale)).toBe(false);
    expect(readdirSync(temp.dir).filter((f) => f.includes('partial'))).toEqual([]);

    const restored = join(temp.dir, 'restored.sqlite');
    await restoreFrom(backup, restored);
    const db = new Database(restored, { readonly: true });
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
      const rows = db.prepare('SELECT version, fields FROM story_revisions').all() as {
        version: number;
        fields: string;
      }[];
      const stored = new Map(rows.map((r) => [r.version, JSON.parse(r.fields).headline]));
      // Every write acknowledged before the backup began is there, and what is there is a
      // prefix of what was acknowledged: no torn or invented version.
      for (const w of acked.filter((x) => x.at < started))
        expect(stored.get(w.version)).toBe(w.headline);
      for (const [version, headline] of stored) {
        expect(acked.find((w) => w.version === version)?.headline).toBe(headline);
      }
      expect(Math.max(...stored.keys())).toBe(stored.size);
      expect(db.prepare('SELECT count(*) FROM assets').pluck().get()).toBe(24);
    } finally {
      db.close();
    }
    // And the restored file opens as a paper.
    const desk = openDesk({ dbPath: restored });
    const story = await desk.call('story.get', { id: 1 }, { actorId: reporter });
    desk.close();
    expect(story.ok).toBe(true);
  }, 120_000);

  it('leaves no file behind when a backup fails, and says why in one line', async () => {
    const target = join(temp.dir, 'never.sqlite');
    await expect(backupTo(join(temp.dir, 'missing.sqlite'), target)).rejects.toThrow(
      /^.*never\.sqlite: backup failed: [^\n]+$/,
    );
    expect(readdirSync(temp.dir).filter((f) => f.includes('never'))).toEqual([]);
  });

  it('refuses to restore over an existing file', async () => {
    await expect(restoreFrom(dbPath, dbPath)).rejects.toThrow(
      `${dbPath}: exists already; restore writes a new file only`,
    );
  });
});
