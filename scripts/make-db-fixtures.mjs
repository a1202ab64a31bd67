#!/usr/bin/env node
// Remakes tests/fixtures/db/schema-N.sqlite: one small paper per released schema version,
// each made by the code of the release that shipped it (a `git worktree` of that commit,
// sharing this checkout's node_modules), so upgrade tests open files as people have them.
// Usage: node scripts/make-db-fixtures.mjs   (needs git history; takes a minute)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Schema version -> the first commit whose migrations end at that version. */
const RELEASES = [
  { schema: 3, commit: '5e055fa' },
  { schema: 4, commit: '04060aa' },
  { schema: 11, commit: '53a755b' },
];
const outDir = join(root, 'tests', 'fixtures', 'db');
mkdirSync(outDir, { recursive: true });

for (const { schema, commit } of RELEASES) {
  const tree = join(tmpdir(), `newsdesk-release-${schema}`);
  if (existsSync(tree)) execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root });
  execFileSync('git', ['worktree', 'add', '--detach', tree, commit], {
    cwd: root,
    stdio: 'ignore',
  });
  try {
    symlinkSync(join(root, 'node_modules'), join(tree, 'node_modules'));
    const out = join(outDir, `schema-${schema}.sqlite`);
    rmSync(out, { force: true });
    execFileSync(
      process.execPath,
      ['--import', 'tsx', join(root, 'scripts', 'db-fixtures', 'make-paper.ts'), tree, out],
      { cwd: tree, stdio: 'inherit' },
    );
    // One file, no WAL beside it, as small as SQLite makes it.
    const db = new Database(out);
    const version = db.pragma('user_version', { simple: true });
    if (version !== schema) throw new Error(`${out}: schema ${version}, expected ${schema}`);
    db.pragma('journal_mode = DELETE');
    db.exec('VACUUM');
    db.close();
    process.stdout.write(`${out}: schema ${schema}, made by ${commit}\n`);
  } finally {
    execFileSync('git', ['worktree', 'remove', '--force', tree], { cwd: root });
  }
}
