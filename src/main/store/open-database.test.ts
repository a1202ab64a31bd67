import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations';
import { openDatabase } from './open-database';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('openDatabase', () => {
  let temp: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(() => {
    temp = tempDir();
    path = join(temp.dir, 'paper.sqlite');
  });
  afterEach(() => temp.cleanup());

  it('opens with WAL, synchronous=FULL and foreign keys on', () => {
    const db = openDatabase(path);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // 2 = FULL
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    db.close();
  });

  it('records numbered migrations in the database', () => {
    openDatabase(path).close();
    const db = openDatabase(path); // a second open applies nothing twice
    const rows = db.prepare('SELECT version, name FROM schema_migrations').all();
    expect(rows).toEqual(MIGRATIONS.map(({ version, name }) => ({ version, name })));
    expect(rows[0]).toEqual({ version: 1, name: 'initial' });
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    for (const table of [
      'profiles',
      'settings',
      'stories',
      'story_revisions',
      'assets',
      'issues',
      'pages',
      'placements',
      'audit',
    ]) {
      expect(
        db
          .prepare("SELECT name FROM sqlite_master WHERE type='table' AND name=?")
          .pluck()
          .get(table),
      ).toBe(table);
    }
    db.close();
  });

  it('refuses a database from a newer schema and leaves its bytes unchanged', () => {
    const db = openDatabase(path);
    db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const before = sha(path);
    expect(() => openDatabase(path)).toThrow(
      `${path}: made by a newer Newsdesk (schema ${SCHEMA_VERSION + 1}, this one knows ${SCHEMA_VERSION}); left unchanged`,
    );
    expect(sha(path)).toBe(before);
  });

  it('refuses a file that is not a database and leaves it unchanged', () => {
    writeFileSync(path, 'headline: 这不是数据库\n'.repeat(200));
    const before = sha(path);
    expect(() => openDatabase(path)).toThrow(
      `${path}: not a Newsdesk database (not an SQLite file); left unchanged`,
    );
    expect(sha(path)).toBe(before);
  });

  it('refuses a corrupted database (garbage over its pages) and leaves it unchanged', () => {
    const db = openDatabase(path);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (let i = 0; i < 400; i++) insert.run(`k${i}`, JSON.stringify('x'.repeat(200)));
    db.pragma('wal_checkpoint(TRUNCATE)');
    db.close();
    const fd = openSync(path, 'r+');
    const garbage = Buffer.alloc(4096 * 3, 0xa5);
    writeSync(fd, garbage, 0, garbage.length, 4096 * 2); // pages 3-5: schema and table b-trees
    closeSync(fd);
    const before = sha(path);
    expect(() => openDatabase(path)).toThrow(/: the database is damaged \(.+\); left unchanged$/);
    expect(sha(path)).toBe(before);
  });

  it('refuses a path in a missing folder without creating anything', () => {
    const missing = join(temp.dir, 'no-such-folder', 'x.sqlite');
    expect(() => openDatabase(missing)).toThrow(
      `${missing}: folder ${join(temp.dir, 'no-such-folder')} does not exist`,
    );
  });

  it('keeps revisions and the audit log append-only', () => {
    const db = openDatabase(path);
    db.prepare("INSERT INTO profiles (name, role, created_at) VALUES ('a', 'admin', 'now')").run();
    db.prepare(
      "INSERT INTO audit (at, actor_id, action, target) VALUES ('now', 1, 'x', 'y')",
    ).run();
    expect(() => db.prepare("UPDATE audit SET action = 'z'").run()).toThrow('audit is append-only');
    expect(() => db.prepare('DELETE FROM audit').run()).toThrow('audit is append-only');
    db.close();
    const raw = new Database(path);
    expect(raw.prepare('SELECT COUNT(*) FROM audit').pluck().get()).toBe(1);
    raw.close();
  });
});
