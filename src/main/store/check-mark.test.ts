import { closeSync, existsSync, openSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { closeCleanly, unchangedSinceCleanClose } from './check-mark';
import { openDatabase } from './open-database';

describe('the clean-close mark', () => {
  let temp: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(() => {
    temp = tempDir();
    path = join(temp.dir, 'paper.sqlite');
  });
  afterEach(() => temp.cleanup());

  const fill = () => {
    const db = openDatabase(path);
    const insert = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)');
    for (let i = 0; i < 400; i++) insert.run(`k${i}`, JSON.stringify('x'.repeat(200)));
    return db;
  };

  it('marks the file its last connection closed, with the size and time it was left at', () => {
    closeCleanly(fill(), path);
    expect(existsSync(`${path}.checked`)).toBe(true);
    expect(existsSync(`${path}-wal`)).toBe(false);
    expect(unchangedSinceCleanClose(path)).toBe(true);
    // Opened and closed again without a write: still as it was left.
    closeCleanly(openDatabase(path), path);
    expect(unchangedSinceCleanClose(path)).toBe(true);
  });

  it('leaves no mark while another connection keeps the file open (its WAL not folded in)', () => {
    const other = fill();
    other.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run('last', '"y"');
    closeCleanly(openDatabase(path), path);
    expect(unchangedSinceCleanClose(path)).toBe(false);
    other.close();
  });

  it('no longer holds once the file is written, and the open checks it all: damage refused', () => {
    closeCleanly(fill(), path);
    const before = statSync(path).mtimeMs;
    const fd = openSync(path, 'r+');
    const garbage = Buffer.alloc(4096 * 3, 0xa5);
    writeSync(fd, garbage, 0, garbage.length, 4096 * 2);
    closeSync(fd);
    expect(statSync(path).mtimeMs).not.toBe(before);
    expect(unchangedSinceCleanClose(path)).toBe(false);
    expect(() => openDatabase(path)).toThrow(/: the database is damaged \(.+\); left unchanged$/);
  });

  it('does not hold for a file with no mark (a copy, a restore, a crash)', () => {
    const db = fill();
    db.close(); // closed by something other than closeCleanly
    expect(unchangedSinceCleanClose(path)).toBe(false);
  });
});
