import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type BackupOptions, backupTo, reason, removeStalePartials } from './backup';
import type { Db } from './open-database';
import { StoreError } from './store-error';

/** Why the app made a backup; part of its file name. */
export type BackupReason = 'daily' | 'quit' | 'manual' | `before-v${number}`;

export interface BackupFile {
  name: string;
  path: string;
  bytes: number;
  /** When it was made (ISO), from its name. */
  at: string;
  reason: string;
}

/** `newsdesk-20261204-183000-daily.sqlite`: sorts by time, says why. */
const NAME = /^newsdesk-(\d{4})(\d{2})(\d{2})-(\d{2})(\d{2})(\d{2})-([a-z0-9-]+)\.sqlite$/;

export function backupFileName(at: Date, why: BackupReason): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const date = `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}`;
  const time = `${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return `newsdesk-${date}-${time}-${why}.sqlite`;
}

/** The folder the paper chose, else a `backups` folder beside the database. */
export function backupFolder(dbPath: string, setting: string): string {
  return setting || join(dirname(dbPath), 'backups');
}

/** The app's backups in `folder`, newest first. */
export function listBackups(folder: string): BackupFile[] {
  if (!existsSync(folder)) return [];
  const files: BackupFile[] = [];
  for (const name of readdirSync(folder)) {
    const m = NAME.exec(name);
    if (!m) continue;
    const [, y, mo, d, h, mi, s, why] = m;
    const at = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    const path = join(folder, name);
    files.push({ name, path, bytes: statSync(path).size, at: at.toISOString(), reason: why ?? '' });
  }
  return files.sort((a, b) => (a.name < b.name ? 1 : -1));
}

/** A backup into the folder under a dated name, then only the newest `keep` are kept. */
export async function autoBackup(
  dbPath: string,
  folder: string,
  why: BackupReason,
  keep: number,
  options: BackupOptions & { now?: Date } = {},
): Promise<BackupFile> {
  ensureFolder(folder);
  const name = uniqueName(folder, options.now ?? new Date(), why);
  await backupTo(dbPath, join(folder, name), options);
  for (const old of listBackups(folder).slice(Math.max(1, keep))) rmSync(old.path, { force: true });
  const made = listBackups(folder).find((f) => f.name === name);
  if (!made) throw new StoreError(`${join(folder, name)}: backup vanished`);
  return made;
}

/**
 * Before a migration changes an existing paper: a snapshot on this connection (VACUUM INTO,
 * synchronous; opening waits for it), under a temporary name renamed when complete.
 */
export function backupBeforeMigration(db: Db, dbPath: string, version: number): string {
  const setting = db
    .prepare("SELECT value FROM settings WHERE key = 'backup.folder'")
    .pluck()
    .get();
  const folder = backupFolder(
    dbPath,
    typeof setting === 'string' ? String(JSON.parse(setting)) : '',
  );
  try {
    ensureFolder(folder);
    removeStalePartials(folder);
    const target = join(folder, uniqueName(folder, new Date(), `before-v${version}`));
    const partial = join(folder, `.${target.split(/[\\/]/).pop()}.${process.pid}.partial`);
    try {
      db.prepare('VACUUM INTO ?').run(partial);
      renameSync(partial, target);
    } catch (error) {
      rmSync(partial, { force: true });
      throw error;
    }
    return target;
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `${folder}: backup before upgrading failed: ${reason(error)}; nothing changed`,
    );
  }
}

function ensureFolder(folder: string): void {
  try {
    mkdirSync(folder, { recursive: true });
  } catch (error) {
    throw new StoreError(`${folder}: cannot make the backup folder: ${reason(error)}`);
  }
}

function uniqueName(folder: string, at: Date, why: BackupReason): string {
  let time = at;
  while (existsSync(join(folder, backupFileName(time, why))))
    time = new Date(time.getTime() + 1000);
  return backupFileName(time, why);
}
