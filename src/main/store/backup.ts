import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { openDatabase } from './open-database';
import { SnapshotError, type SnapshotOptions, snapshot } from './snapshot';
import { describeFault, StoreError } from './store-error';

export type BackupOptions = SnapshotOptions;

/** A file being written: `.<name>.<pid>.partial` beside the target, renamed when complete. */
const PARTIAL = /^\..+\.(\d+)\.partial$/;

function partialName(target: string): string {
  return join(dirname(target), `.${basename(target)}.${process.pid}.partial`);
}

/**
 * Backs up the database at `dbPath` into the new file `target`: a consistent snapshot taken
 * while people go on working (VACUUM INTO in a worker), written under a temporary name and
 * renamed when complete, so a failed or killed backup never leaves a file that looks whole.
 */
export async function backupTo(
  dbPath: string,
  target: string,
  options: BackupOptions = {},
): Promise<void> {
  refuseExisting(target, 'backup');
  removeStalePartials(dirname(target));
  await writeSnapshot(dbPath, target, false, options, 'backup');
}

/**
 * Restores a backup into a new database file. The backup is checked first (a Newsdesk file,
 * not newer than this app, `integrity_check` ok) and is never changed.
 */
export async function restoreFrom(
  backup: string,
  target: string,
  options: BackupOptions = {},
): Promise<void> {
  if (!existsSync(backup)) throw new StoreError(`${backup}: no such backup file`);
  refuseExisting(target, 'restore');
  checkBackup(backup, options);
  removeStalePartials(dirname(target));
  await writeSnapshot(backup, target, true, options, 'restore', (partial) => {
    const db = new Database(partial, nativeOptions(options));
    try {
      db.pragma('journal_mode = WAL');
    } finally {
      db.close();
    }
  });
}

/** A backup that did not pass the check before a restore: not ours, newer, or damaged. */
export class BackupRefused extends StoreError {}

/** Refuses a backup that is not ours, is newer than this app, or is damaged. */
export function checkBackup(backup: string, options: BackupOptions = {}): void {
  let db: ReturnType<typeof openDatabase>;
  try {
    db = openDatabase(backup, { readonly: true, ...nativeOptions(options) });
  } catch (error) {
    throw error instanceof StoreError ? new BackupRefused(error.message) : error;
  }
  try {
    const result = db.pragma('integrity_check(5)', { simple: true });
    if (result !== 'ok') {
      throw new BackupRefused(
        `${backup}: the backup is damaged (${String(result).split('\n')[0]})`,
      );
    }
  } finally {
    db.close();
  }
}

async function writeSnapshot(
  source: string,
  target: string,
  readonly: boolean,
  options: BackupOptions,
  what: string,
  finish?: (partial: string) => void,
): Promise<void> {
  const partial = partialName(target);
  try {
    await snapshot(source, partial, readonly, options);
    finish?.(partial);
    syncFile(partial);
    renameSync(partial, target);
    syncFile(dirname(target));
  } catch (error) {
    rmSync(partial, { force: true });
    rmSync(`${partial}-journal`, { force: true });
    rmSync(`${partial}-wal`, { force: true });
    rmSync(`${partial}-shm`, { force: true });
    throw new StoreError(`${target}: ${what} failed: ${reason(error)}`);
  }
}

/** One line a person can act on, from SQLite's or the file system's error. */
export function reason(error: unknown): string {
  return describeFault(
    error instanceof SnapshotError ? { code: error.code, message: error.message } : error,
  );
}

/** Temporary files of a backup that was killed (its process is gone) are removed. */
export function removeStalePartials(folder: string): void {
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return;
  }
  for (const name of names) {
    const match = PARTIAL.exec(name.replace(/-(journal|wal|shm)$/, ''));
    if (match && !isAlive(Number(match[1]))) rmSync(join(folder, name), { force: true });
  }
}

function isAlive(pid: number): boolean {
  if (pid === process.pid) return true; // ours: maybe another backup of this process
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function syncFile(path: string): void {
  try {
    const fd = openSync(path, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // A folder cannot be fsynced on every platform; the rename is still atomic.
  }
}

function refuseExisting(target: string, what: string): void {
  if (!existsSync(dirname(target))) {
    throw new StoreError(`${target}: folder ${dirname(target)} does not exist`);
  }
  if (existsSync(target)) {
    throw new StoreError(`${target}: exists already; ${what} writes a new file only`);
  }
}

function nativeOptions(options: BackupOptions): { nativeBinding?: string } {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}
