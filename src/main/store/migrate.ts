import { MIGRATIONS, type Migration } from './migrations';
import type { Db } from './open-database';
import { LEGACY_SPACED_FUNCTION, spacedText } from './search-chars';

/** The migrations this file has not had yet. */
export function pendingMigrations(db: Db): readonly Migration[] {
  const has = db
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
    .get();
  if (!has) return MIGRATIONS;
  const applied = new Set(
    db
      .prepare('SELECT version FROM schema_migrations')
      .pluck()
      .all()
      .map((v) => Number(v)),
  );
  return MIGRATIONS.filter((m) => !applied.has(m.version));
}

/** Applies the migrations the database lacks, each in its own transaction, and records them. */
export function migrate(db: Db): void {
  const pending = () => {
    const applied = new Set(
      db
        .prepare('SELECT version FROM schema_migrations')
        .pluck()
        .all()
        .map((v) => Number(v)),
    );
    return MIGRATIONS.filter((m) => !applied.has(m.version));
  };
  // A file already up to date is not written at all (not even the IF NOT EXISTS below).
  if (hasMigrationsTable(db) && pending().length === 0) return;
  db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version INTEGER PRIMARY KEY,
      name TEXT NOT NULL,
      applied_at TEXT NOT NULL
    )`);
  }).immediate();
  // Migration 004's frozen text calls a JavaScript function: lent only while it runs.
  if (pending().some((m) => m.version === 4)) {
    db.function(LEGACY_SPACED_FUNCTION, { deterministic: true }, spacedText);
  }
  for (const migration of MIGRATIONS) {
    // IMMEDIATE, and checked again inside: two processes opening one old file migrate it once.
    db.transaction(() => {
      if (!pending().some((m) => m.version === migration.version)) return;
      db.exec(migration.sql);
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        migration.version,
        migration.name,
        new Date().toISOString(),
      );
      const highest = db.prepare('SELECT max(version) FROM schema_migrations').pluck().get();
      db.pragma(`user_version = ${Number(highest)}`);
    }).immediate();
  }
}

function hasMigrationsTable(db: Db): boolean {
  return (
    db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migrations'")
      .get() !== undefined
  );
}
