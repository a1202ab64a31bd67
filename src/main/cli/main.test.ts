import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../../tests/support/run-cli';
import { tempDir } from '../../../tests/support/temp-db';
import { APP_ROOT } from '../paths';
import { SCHEMA_VERSION } from '../store/migrations';

describe('newsdesk CLI', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  beforeEach(() => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
  });
  afterEach(() => temp.cleanup());

  it('init creates the database with an admin and prints path and schema version', async () => {
    const result = await run('--db', db, 'init');
    expect(result).toEqual({
      status: 0,
      out: `database: ${db}\nschema version: ${SCHEMA_VERSION}\nprofiles: admin (admin)`,
      err: '',
    });
    const json = await run('--db', db, '--json', 'init');
    expect(JSON.parse(json.out)).toMatchObject({
      dbPath: db,
      schemaVersion: SCHEMA_VERSION,
      profiles: 1,
    });
  });

  it('adds and lists users, acting as --as with the same permissions as the app', async () => {
    expect((await run('--db', db, 'user', 'add', '王小明', '--role', 'reporter')).out).toBe(
      '2\t王小明\treporter',
    );
    expect((await run('--db', db, 'user', 'list')).out).toBe(
      '1\tadmin\tadmin\n2\t王小明\treporter',
    );
    const refused = await run(
      '--db',
      db,
      '--as',
      '王小明',
      'user',
      'add',
      '李四',
      '--role',
      'admin',
    );
    expect(refused).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: 王小明 (reporter) may not profiles.write',
    });
    expect((await run('--db', db, '--as', '无名氏', 'user', 'list')).err).toBe(
      'newsdesk: --as 无名氏: no such profile',
    );
  });

  it('gets and sets settings; a bad key or value is one clear line and nothing is written', async () => {
    expect((await run('--db', db, 'settings', 'set', 'paper.name', '晋城日报')).out).toBe(
      'paper.name\t晋城日报',
    );
    expect((await run('--db', db, 'settings', 'get', 'paper.name')).out).toBe('晋城日报');
    expect(await run('--db', db, 'settings', 'set', 'page.columns', 'eight')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: page.columns: Invalid input: expected number, received NaN',
    });
    const unknown = await run('--db', db, 'settings', 'set', 'paper.colour', 'red');
    expect(unknown.status).toBe(2);
    expect(unknown.err).toMatch(/^newsdesk: unknown setting paper.colour; keys: paper.name, /);
    expect((await run('--db', db, 'settings', 'get', 'page.columns')).out).toBe('8');
  });

  it('refuses a role that does not exist, an unknown command and an unknown option (exit 2)', async () => {
    expect(await run('--db', db, 'user', 'add', 'x', '--role', 'boss')).toEqual({
      status: 2,
      out: '',
      err: 'newsdesk: --role must be one of reporter, editor, chief, admin (got boss)',
    });
    expect((await run('--db', db, 'frobnicate')).status).toBe(2);
    expect((await run('--db', db, 'init', '--flavour')).err).toBe(
      'newsdesk: unknown option --flavour for init',
    );
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a database in a missing folder and a corrupt database, writing nothing', async () => {
    const missing = join(temp.dir, 'nope', 'x.sqlite');
    expect(await run('--db', missing, 'init')).toEqual({
      status: 1,
      out: '',
      err: `newsdesk: ${missing}: folder ${join(temp.dir, 'nope')} does not exist`,
    });
    writeFileSync(db, 'not a database at all');
    const hash = createHash('sha256').update(readFileSync(db)).digest('hex');
    const corrupt = await run('--db', db, 'init');
    expect(corrupt.status).toBe(1);
    expect(corrupt.err).toBe(
      `newsdesk: ${db}: not a Newsdesk database (not an SQLite file); left unchanged`,
    );
    expect(createHash('sha256').update(readFileSync(db)).digest('hex')).toBe(hash);
    expect(readdirSync(temp.dir).sort()).toEqual(['paper.sqlite']);
  });

  it('backs up online and restores into a new file only', async () => {
    await run('--db', db, 'settings', 'set', 'paper.name', '晋城日报');
    const backup = join(temp.dir, 'backup.sqlite');
    expect((await run('--db', db, 'backup', backup)).out).toBe(`backup written: ${backup}`);
    expect((await run('--db', db, 'backup', backup)).err).toBe(
      `newsdesk: ${backup}: exists already; backup writes a new file only`,
    );
    const restored = join(temp.dir, 'restored.sqlite');
    expect((await run('--db', restored, 'restore', backup)).status).toBe(0);
    expect((await run('--db', restored, 'settings', 'get', 'paper.name')).out).toBe('晋城日报');
    expect((await run('--db', db, 'restore', backup)).err).toBe(
      `newsdesk: ${db}: exists already; restore writes a new file only`,
    );
    writeFileSync(join(temp.dir, 'junk.sqlite'), 'junk');
    const junk = await run(
      '--db',
      join(temp.dir, 'new.sqlite'),
      'restore',
      join(temp.dir, 'junk.sqlite'),
    );
    expect(junk.status).toBe(1);
    expect(existsSync(join(temp.dir, 'new.sqlite'))).toBe(false);
  });

  it('runs as ./bin/newsdesk from the repository root, NEWSDESK_DB picking the file', () => {
    const env = { ...process.env, NEWSDESK_DB: db };
    const out = execFileSync(join(APP_ROOT, 'bin', 'newsdesk'), ['init'], {
      cwd: APP_ROOT,
      env,
      encoding: 'utf8',
    });
    // A new database's admin gets a one-time password, printed once (CLI.md).
    const [head, oneTime] = [out.split('\n').slice(0, 3).join('\n'), out.split('\n')[3]];
    expect(head).toBe(
      `database: ${db}\nschema version: ${SCHEMA_VERSION}\nprofiles: admin (admin)`,
    );
    expect(oneTime).toMatch(
      /^one-time password for admin: [a-zA-Z2-9]{12} \(change it at the first sign-in; it is not shown again\)$/,
    );
    const bad = spawnSync(join(APP_ROOT, 'bin', 'newsdesk'), ['user', 'add'], {
      cwd: APP_ROOT,
      env,
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/^newsdesk: usage: newsdesk user add NAME/);
  });
});
