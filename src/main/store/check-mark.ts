import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import type { Db } from './open-database';

// Opening checks the whole file (PRAGMA quick_check) so a damaged paper is refused and left
// as it was. That reads every page: about 20 s for a year of paper (1 GB). A file this
// process closed cleanly and that nobody has written since needs no second reading: the
// close leaves a mark beside it (size and modification time); a crash, another program's
// write, a copy or a restore leaves none that matches, and the next open checks it all.

const markPath = (path: string) => `${path}.checked`;

interface Mark {
  size: number;
  mtimeMs: number;
}

/** Whether the file is as this program's clean close left it (nothing written since). */
export function unchangedSinceCleanClose(path: string): boolean {
  try {
    const wal = `${path}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) return false;
    const mark = JSON.parse(readFileSync(markPath(path), 'utf8')) as Partial<Mark>;
    const now = statSync(path);
    return mark.size === now.size && mark.mtimeMs === now.mtimeMs;
  } catch {
    return false;
  }
}

/**
 * Closes the connection; when it was the file's last (the WAL folded in and gone), marks the
 * file as closed cleanly. Best effort: without the mark the next open checks the whole file.
 */
export function closeCleanly(db: Db, path: string): void {
  db.close();
  try {
    const wal = `${path}-wal`;
    if (existsSync(wal) && statSync(wal).size > 0) return;
    const { size, mtimeMs } = statSync(path);
    writeFileSync(markPath(path), JSON.stringify({ size, mtimeMs } satisfies Mark));
  } catch {
    // A read-only folder or a full disk: the next open reads the whole file instead.
  }
}
