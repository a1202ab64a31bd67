import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { migrate } from './migrate';
import { SCHEMA_VERSION } from './migrations';
import { SPACED_FUNCTION, spacedText } from './migrations/004-search-chars';
import { StoreError } from './store-error';

export type Db = Database.Database;

export interface OpenOptions {
  /** Path of better_sqlite3.node built for Electron's ABI (the app); Node's build otherwise. */
  nativeBinding?: string;
  /** Open an existing database to read only (a backup being restored): no pragmas, no migrations. */
  readonly?: boolean;
}

const SQLITE_HEADER = 'SQLite format 3\u0000';

/**
 * Opens (or creates) the newsroom database. Everything that could refuse the file is checked
 * read-only first, so a foreign, corrupt or newer file is left byte for byte as it was.
 */
export function openDatabase(path: string, options: OpenOptions = {}): Db {
  const folder = dirname(path);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new StoreError(`${path}: folder ${folder} does not exist`);
  }
  const isNew = !existsSync(path) || statSync(path).size === 0;
  if (isNew && options.readonly) throw new StoreError(`${path}: no such database`);
  if (!isNew) inspectExisting(path, options);
  if (options.readonly) {
    return new Database(path, { ...nativeOptions(options), readonly: true, fileMustExist: true });
  }

  const db = new Database(path, nativeOptions(options));
  try {
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    // Before migrating: the triggers of migration 004 call it on every write of `stories`.
    db.function(SPACED_FUNCTION, { deterministic: true }, spacedText);
    migrate(db);
    return db;
  } catch (error) {
    db.close();
    throw error instanceof StoreError ? error : new StoreError(`${path}: ${messageOf(error)}`);
  }
}

function inspectExisting(path: string, options: OpenOptions): void {
  if (!statSync(path).isFile()) throw new StoreError(`${path}: not a file`);
  const header = readHeader(path);
  if (header !== SQLITE_HEADER) {
    throw new StoreError(`${path}: not a Newsdesk database (not an SQLite file); left unchanged`);
  }
  let probe: Db | undefined;
  try {
    probe = new Database(path, { ...nativeOptions(options), readonly: true, fileMustExist: true });
    const check = probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new StoreError(
        `${path}: the database is damaged (${oneLine(String(check))}); left unchanged`,
      );
    }
    const version = Number(probe.pragma('user_version', { simple: true }));
    if (version > SCHEMA_VERSION) {
      throw new StoreError(
        `${path}: made by a newer Newsdesk (schema ${version}, this one knows ${SCHEMA_VERSION}); left unchanged`,
      );
    }
  } catch (error) {
    if (error instanceof StoreError) throw error;
    throw new StoreError(
      `${path}: the database is damaged (${oneLine(messageOf(error))}); left unchanged`,
    );
  } finally {
    probe?.close();
  }
}

function readHeader(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(16);
    const read = readSync(fd, buffer, 0, 16, 0);
    return buffer.subarray(0, read).toString('latin1');
  } finally {
    closeSync(fd);
  }
}

function nativeOptions(options: OpenOptions): Database.Options {
  return options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** quick_check reports one problem per line; the first few, on one line, are enough. */
function oneLine(text: string): string {
  const line = text
    .replace(/\*\*\* in database main \*\*\*/g, '')
    .trim()
    .split('\n')
    .slice(0, 2)
    .join('; ');
  return line.length > 160 ? `${line.slice(0, 157)}...` : line;
}
