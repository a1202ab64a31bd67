import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../../../../tests/support/run-cli';
import { tempDir } from '../../../../tests/support/temp-db';
import { TEST_PASSWORD } from '../../../../tests/support/test-password';
import { main } from '../main';

/** Runs with an explicit NEWSDESK_PASSWORD (or none at all), not run-cli's default. */
async function runWith(password: string | null, ...argv: string[]) {
  const saved = process.env.NEWSDESK_PASSWORD;
  if (password === null) delete process.env.NEWSDESK_PASSWORD;
  else process.env.NEWSDESK_PASSWORD = password;
  const out: string[] = [];
  const err: string[] = [];
  try {
    const status = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t) });
    return { status, out: out.join('\n'), err: err.join('\n') };
  } finally {
    if (saved === undefined) delete process.env.NEWSDESK_PASSWORD;
    else process.env.NEWSDESK_PASSWORD = saved;
  }
}

describe('newsdesk passwords', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  const file = (name: string, text: string) => {
    const path = join(temp.dir, name);
    writeFileSync(path, text);
    return path;
  };
  const audit = () => {
    const conn = new Database(db, { readonly: true });
    try {
      return conn
        .prepare('SELECT action, name, origin, detail FROM access_log ORDER BY id')
        .all() as { action: string; name: string; origin: string; detail: string }[];
    } finally {
      conn.close();
    }
  };
  beforeEach(() => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
  });
  afterEach(() => temp.cleanup());

  it('init sets the admin password from --password-file; --as then needs exactly it', async () => {
    const init = await runWith(
      null,
      '--db',
      db,
      'init',
      '--password-file',
      file('pw', 'admin-口令-1\n'),
    );
    expect(init.status).toBe(0);
    expect(init.out).not.toMatch(/one-time/);
    const ok = await runWith('admin-口令-1', '--db', db, '--as', 'admin', 'user', 'list');
    expect(ok).toEqual({ status: 0, out: '1\tadmin\tadmin', err: '' });
    const viaFile = await runWith(
      null,
      '--db',
      db,
      '--as',
      'admin',
      '--password-file',
      join(temp.dir, 'pw'),
      'user',
      'list',
    );
    expect(viaFile.status).toBe(0);
    expect(await runWith('admin-口令-2', '--db', db, '--as', 'admin', 'user', 'list')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: --as admin: wrong name or password',
    });
    expect(await runWith(null, '--db', db, '--as', 'admin', 'user', 'list')).toEqual({
      status: 1,
      out: '',
      err: "newsdesk: --as admin needs admin's password: set NEWSDESK_PASSWORD, use --password-file FILE, or run on a terminal",
    });
    expect(
      (
        await runWith(
          null,
          '--db',
          db,
          '--as',
          'admin',
          '--password-file',
          join(temp.dir, 'none'),
          'user',
          'list',
        )
      ).err,
    ).toBe(`newsdesk: --password-file ${join(temp.dir, 'none')}: cannot read it (ENOENT)`);
    expect(audit()).toEqual([
      { action: 'password.change', name: 'admin', origin: 'cli', detail: '' },
      { action: 'session.login', name: 'admin', origin: 'cli', detail: '' },
      { action: 'session.login', name: 'admin', origin: 'cli', detail: '' },
      { action: 'session.login-failed', name: 'admin', origin: 'cli', detail: '' },
    ]);
  });

  it('adds users with a password or a one-time one, and changes passwords', async () => {
    await runCli('--db', db, 'init');
    const added = await runWith(null, '--db', db, 'user', 'add', '王小明', '--role', 'reporter');
    expect(added.out).toMatch(/^2\t王小明\treporter\none-time password for 王小明: (\S{12}) /);
    const oneTime = /: (\S{12}) /.exec(added.out)?.[1] ?? '';
    // A one-time password signs in, but nothing else is allowed until it is changed.
    const blocked = await runWith(oneTime, '--db', db, '--as', '王小明', 'story', 'list');
    expect(blocked).toMatchObject({
      status: 1,
      err: 'newsdesk: change your one-time password first',
    });
    const changed = await runWith(
      oneTime,
      '--db',
      db,
      '--as',
      '王小明',
      'user',
      'passwd',
      '王小明',
      '--new-password-file',
      file('new', 'reporter-pw-9\n'),
    );
    expect(changed).toEqual({ status: 0, out: '王小明: password set', err: '' });
    expect(
      (await runWith('reporter-pw-9', '--db', db, '--as', '王小明', 'story', 'list')).status,
    ).toBe(0);
    // A reporter cannot set another's password; the admin (the database file's owner) can.
    const other = await runWith(
      'reporter-pw-9',
      '--db',
      db,
      '--as',
      '王小明',
      'user',
      'passwd',
      'admin',
      '--new-password-file',
      file('x', 'xxxxxxxxx'),
    );
    expect(other).toMatchObject({
      status: 1,
      err: 'newsdesk: 王小明 (reporter) may not profiles.write',
    });
    const short = await runWith(
      null,
      '--db',
      db,
      'user',
      'passwd',
      '王小明',
      '--new-password-file',
      file('s', 'short'),
    );
    expect(short.err).toBe('newsdesk: password: the password must have at least 8 characters');
    expect((await runWith(null, '--db', db, 'user', 'passwd', '王小明')).status).toBe(2);
  });

  it('recovers a password only without --as, for whoever can write the database file, audited', async () => {
    await runCli('--db', db, 'init');
    const withAs = await runCli(
      '--db',
      db,
      '--as',
      'admin',
      'user',
      'passwd',
      'admin',
      '--recover',
      '--new-password-file',
      file('r', 'recovered-1'),
    );
    expect(withAs).toMatchObject({
      status: 2,
      err: 'newsdesk: --recover acts as whoever can write the database file: drop --as',
    });
    const recovered = await runWith(
      null,
      '--db',
      db,
      'user',
      'passwd',
      'admin',
      '--recover',
      '--new-password-file',
      join(temp.dir, 'r'),
    );
    expect(recovered).toEqual({ status: 0, out: 'admin: password recovered', err: '' });
    expect(audit().at(-1)).toEqual({
      action: 'password.recover',
      name: 'admin',
      origin: 'cli',
      detail: 'database file',
    });
    expect((await runWith('recovered-1', '--db', db, '--as', 'admin', 'user', 'list')).status).toBe(
      0,
    );
  });

  it('keeps only a salted scrypt hash: the password is nowhere in the file or the output', async () => {
    const init = await runCli('--db', db, 'init');
    await runCli('--db', db, 'user', 'add', '李娜', '--role', 'editor');
    const listed = await runCli('--db', db, '--as', '李娜', '--json', 'user', 'list');
    await runWith('wrong-password-1', '--db', db, '--as', '李娜', 'user', 'list');
    const conn = new Database(db);
    conn.pragma('wal_checkpoint(TRUNCATE)');
    const hashes = conn.prepare('SELECT password_hash FROM profiles').pluck().all() as string[];
    conn.close();
    expect(hashes).toHaveLength(2);
    for (const hash of hashes)
      expect(hash).toMatch(/^scrypt\$14\$8\$1\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(hashes[0]).not.toBe(hashes[1]);
    const bytes = readFileSync(db);
    for (const secret of [TEST_PASSWORD, 'wrong-password-1']) {
      expect(bytes.includes(Buffer.from(secret))).toBe(false);
      expect(`${init.out}${init.err}${listed.out}${listed.err}`).not.toContain(secret);
      expect(JSON.stringify(audit())).not.toContain(secret);
    }
  });
});
