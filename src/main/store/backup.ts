import { existsSync, renameSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { type Db, openDatabase } from './open-database';
import { StoreError } from './store-error';

/**
 * Online backup with SQLite's backup API (never a file copy of a live database). It writes
 * to a temporary name and renames, so a failed backup leaves no half-written file.
 */
export async function backupTo(db: Db, target: string): Promise<void> {
  refuseExisting(target, 'backup');
  const partial = `${target}.partial`;
  try {
    await db.backup(partial);
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new StoreError(`${target}: backup failed: ${(error as Error).message}`);
  }
}

/**
 * Restores a backup into a new database file. The backup is checked first the same way the
 * app checks any database (SQLite header, quick_check, schema not newer) and never changed.
 */
export async function restoreFrom(backup: string, target: string): Promise<void> {
  if (!existsSync(backup)) throw new StoreError(`${backup}: no such backup file`);
  refuseExisting(target, 'restore');
  const source = openDatabase(backup, { readonly: true });
  const partial = `${target}.partial`;
  try {
    await source.backup(partial);
    const check = new Database(partial);
    check.pragma('journal_mode = WAL');
    check.close();
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new StoreError(`${target}: restore failed: ${(error as Error).message}`);
  } finally {
    source.close();
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
