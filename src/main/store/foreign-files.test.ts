import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { restoreFrom } from './backup';
import { APPLICATION_ID, SCHEMA_VERSION } from './migrations';
import { openDatabase } from './open-database';

const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Another program's database, as that program would leave it (rollback journal). */
function foreignDb(path: string, schema: string): void {
  const db = new Database(path);
  db.exec(schema);
  db.close();
}

describe('our files only', () => {
  let temp: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(() => {
    temp = tempDir();
    path = join(temp.dir, 'other.sqlite');
  });
  afterEach(() => temp.cleanup());

  it('stamps a new database with the Newsdesk application_id', () => {
    const db = openDatabase(path);
    expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    db.close();
    // Also in the file header, where `file` and other tools read it (offset 68, big-endian).
    expect(readFileSync(path).readUInt32BE(68)).toBe(APPLICATION_ID);
  });

  it.each([
    [
      'notes app',
      "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT); INSERT INTO notes VALUES (1, 'x');",
    ],
    [
      'Rails-style schema_migrations',
      'CREATE TABLE schema_migrations (version TEXT PRIMARY KEY); CREATE TABLE profiles (id INT); CREATE TABLE stories (id INT);',
    ],
    ['another application_id', 'PRAGMA application_id = 42; CREATE TABLE t (x);'],
  ])('refuses another program’s file (%s) and leaves it byte for byte', (_name, schema) => {
    foreignDb(path, schema);
    const before = sha(path);
    const message = `${path}: not a Newsdesk database (another program's SQLite file); left unchanged`;
    expect(() => openDatabase(path)).toThrow(message);
    expect(() => openDatabase(path, { readonly: true })).toThrow(message);
    expect(sha(path)).toBe(before);
    expect(readdirSync(temp.dir)).toEqual(['other.sqlite']); // no -wal, no -shm
  });

  it('restore refuses another program’s file and writes nothing', async () => {
    foreignDb(path, 'CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT);');
    const before = sha(path);
    const target = join(temp.dir, 'restored.sqlite');
    await expect(restoreFrom(path, target)).rejects.toThrow(
      `${path}: not a Newsdesk database (another program's SQLite file); left unchanged`,
    );
    expect(sha(path)).toBe(before);
    expect(existsSync(target)).toBe(false);
  });

  it('recognises a Newsdesk file from before application_id and stamps it', () => {
    const db = openDatabase(path);
    db.pragma('application_id = 0');
    db.prepare('DELETE FROM schema_migrations WHERE version = 5').run();
    db.pragma('user_version = 4');
    db.close();
    const reopened = openDatabase(path);
    expect(reopened.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(reopened.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    reopened.close();
  });
});
