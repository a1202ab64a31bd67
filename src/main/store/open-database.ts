import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { backupBeforeMigration } from './auto-backup';
import { BUSY_MESSAGE, BUSY_TIMEOUT_MS, isBusyError } from './busy';
import { unchangedSinceCleanClose } from './check-mark';
import { migrate, pendingMigrations } from './migrate';
import { APPLICATION_ID, SCHEMA_VERSION } from './migrations';
import { createCharIndex } from './search-chars';
import { describeFault, StoreError } from './store-error';

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

  let db: Db;
  try {
    db = new Database(path, { ...nativeOptions(options), timeout: BUSY_TIMEOUT_MS });
  } catch (error) {
    throw new StoreError(`${path}: ${describeFault(error)}`);
  }
  try {
    // The wait comes first: switching to WAL and migrating may meet another process's lock.
    db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = FULL');
    db.pragma('foreign_keys = ON');
    requireSqlite(db, path);
    const pending = pendingMigrations(db);
    // An existing paper is backed up before a migration changes it.
    if (!isNew && pending.length > 0 && hasStories(db)) {
      backupBeforeMigration(db, path, pending[pending.length - 1]?.version ?? 0);
    }
    migrate(db);
    // Stories changed outside the store (the sqlite3 shell) or by the upgrade get indexed now.
    const chars = createCharIndex(db);
    db.transaction(() => chars.sync()).immediate();
    return db;
  } catch (error) {
    db.close();
    if (error instanceof StoreError) throw error;
    throw new StoreError(`${path}: ${isBusyError(error) ? BUSY_MESSAGE : describeFault(error)}`);
  }
}

/**
 * What the schema needs of SQLite: json_tree built in (3.38), FTS5 trigram (3.34), window
 * functions (3.25). better-sqlite3 brings its own, newer SQLite; this guards a build that
 * links an older system one. Migration 006 keeps the file usable by SQLite 3.40 tools.
 */
export const MIN_SQLITE_VERSION = '3.38.0';

function requireSqlite(db: Db, path: string): void {
  const version = String(db.prepare('SELECT sqlite_version()').pluck().get());
  if (compareVersions(version, MIN_SQLITE_VERSION) < 0) {
    throw new StoreError(
      `${path}: this SQLite is ${version}; Newsdesk needs ${MIN_SQLITE_VERSION} or newer`,
    );
  }
}

export function compareVersions(a: string, b: string): number {
  return a.localeCompare(b, 'en', { numeric: true });
}

function hasStories(db: Db): boolean {
  return (
    db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'stories'").get() !==
    undefined
  );
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
    // A file as our clean close left it is read only as far as its schema (check-mark.ts).
    const check = unchangedSinceCleanClose(path)
      ? schemaReadable(probe)
      : probe.pragma('quick_check', { simple: true });
    if (check !== 'ok') {
      throw new StoreError(
        `${path}: the database is damaged (${oneLine(String(check))}); left unchanged`,
      );
    }
    refuseForeign(probe, path);
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

/** Reads the schema (throws on a damaged one): the check of a file closed cleanly. */
function schemaReadable(probe: Db): 'ok' {
  probe.prepare('SELECT count(*) FROM sqlite_master').get();
  return 'ok';
}

/**
 * Ours: the Newsdesk application_id, or a file from before it was set (no application_id,
 * and the schema_migrations table with our first migration, `1 initial`, and our tables),
 * or an SQLite file with no schema at all (nothing in it to take over; also a file another
 * Newsdesk process has just created). Anything else belongs to another program.
 */
function refuseForeign(probe: Db, path: string): void {
  const id = Number(probe.pragma('application_id', { simple: true }));
  if (id === APPLICATION_ID) return;
  const names = new Set(
    probe.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[],
  );
  if (id === 0 && names.size === 0) return;
  const older =
    id === 0 &&
    ['schema_migrations', 'profiles', 'stories'].every((n) => names.has(n)) &&
    firstMigrationIsOurs(probe);
  if (older) return;
  throw new StoreError(
    `${path}: not a Newsdesk database (another program's SQLite file); left unchanged`,
  );
}

function firstMigrationIsOurs(probe: Db): boolean {
  try {
    const sql = "SELECT 1 FROM schema_migrations WHERE version = 1 AND name = 'initial'";
    return probe.prepare(sql).get() !== undefined;
  } catch {
    return false; // another tool's schema_migrations, with other columns
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
