import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { type RunningHost, startHost } from '../../src/main/host/http-host';
import { tempDir } from '../support/temp-db';
import { TEST_PASSWORD, TEST_PASSWORD_COST } from '../support/test-password';

/**
 * HTTP sessions as a browser meets them: no call without one, a reporter's session acts as
 * the reporter only, wrong passwords, expiry, a cookie replayed after sign-out, the rate
 * limit, foreign origins, and no password anywhere it could leak.
 */
describe('HTTP sessions', () => {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  let host: RunningHost;
  let now = Date.parse('2026-12-04T08:00:00Z');
  const logs: string[] = [];
  const admin = { actorId: 1 };

  const post = async (name: string, args: unknown, headers: Record<string, string> = {}) => {
    const response = await fetch(`${host.origin}/api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...headers },
      body: JSON.stringify(args),
    });
    return {
      status: response.status,
      cookie: response.headers.get('set-cookie') ?? '',
      body: await response.json(),
    };
  };
  const login = async (name: string, password: string) => {
    const reply = await post('session.login', { name, password });
    return { ...reply, session: reply.cookie.split(';')[0] ?? '' };
  };
  const as = (cookie: string) => ({ Cookie: cookie });

  beforeEach(async () => {
    temp = tempDir();
    desk = openDesk({
      dbPath: join(temp.dir, 'desk.sqlite'),
      passwordCost: TEST_PASSWORD_COST,
      log: (m) => logs.push(m),
    });
    await desk.call('profile.setPassword', { id: 1, password: TEST_PASSWORD }, admin);
    for (const [name, role] of [
      ['王小明', 'reporter'],
      ['刘主编', 'chief'],
    ]) {
      await desk.call('profile.create', { name, role, password: TEST_PASSWORD }, admin);
    }
    host = await startHost({ desk, staticDir: temp.dir, clock: () => now });
  });
  afterEach(async () => {
    await host.close();
    desk.close();
    temp.cleanup();
  });

  it('serves no call but sign-in without a session', async () => {
    for (const name of [
      'profile.list',
      'story.list',
      'settings.get',
      'app.info',
      'audit.list',
      'session.logout',
    ]) {
      const reply = await post(name, {});
      expect([name, reply.status, reply.body]).toEqual([
        name,
        401,
        { ok: false, error: { code: 'unauthorized', message: 'sign in first' } },
      ]);
    }
    expect((await post('session.me', {})).body).toEqual({ ok: true, result: null });
    const events = await fetch(`${host.origin}/api/events`);
    expect(events.status).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Strict cookie, and the session acts as its own profile only', async () => {
    const reporter = await login('王小明', TEST_PASSWORD);
    expect(reporter.status).toBe(200);
    expect(reporter.body).toMatchObject({
      ok: true,
      result: { profile: { name: '王小明', role: 'reporter' } },
    });
    expect(reporter.cookie).toMatch(
      /^newsdesk_session=[A-Za-z0-9_-]{43}; Path=\/; HttpOnly; SameSite=Strict$/,
    );
    // The old header is gone: naming the chief changes nothing.
    const asChief = await post(
      'profile.create',
      { name: '冒名', role: 'admin' },
      { ...as(reporter.session), 'X-Newsdesk-As': '1' },
    );
    expect(asChief.status).toBe(403);
    expect(asChief.body.error.message).toBe('王小明 (reporter) may not profiles.write');
    const story = await post(
      'story.create',
      { fields: { headline: '我的稿' } },
      as(reporter.session),
    );
    expect(story.body.result.authorName).toBe('王小明');
  });

  it('refuses a wrong password and an unknown name alike, and logs each failure', async () => {
    const wrong = await login('王小明', 'not-my-password');
    const nobody = await login('无名氏', TEST_PASSWORD);
    for (const reply of [wrong, nobody]) {
      expect(reply.status).toBe(401);
      expect(reply.body).toEqual({
        ok: false,
        error: { code: 'unauthorized', message: 'wrong name or password' },
      });
      expect(reply.cookie).toBe('');
    }
    const db = new Database(desk.dbPath, { readonly: true });
    const rows = db
      .prepare(
        "SELECT name, action, origin FROM access_log WHERE action = 'session.login-failed' ORDER BY id",
      )
      .all();
    db.close();
    expect(rows).toEqual([
      { name: '王小明', action: 'session.login-failed', origin: 'http 127.0.0.1' },
      { name: '无名氏', action: 'session.login-failed', origin: 'http 127.0.0.1' },
    ]);
  });

  it('ends a session after the idle time and after the longest time, used or not', async () => {
    await desk.call('settings.set', { key: 'session.idleMinutes', value: 30 }, admin);
    await desk.call('settings.set', { key: 'session.maxHours', value: 2 }, admin);
    const first = await login('王小明', TEST_PASSWORD);
    now += 29 * 60_000;
    expect((await post('story.list', {}, as(first.session))).status).toBe(200);
    now += 31 * 60_000;
    const idle = await post('story.list', {}, as(first.session));
    expect([idle.status, idle.body.error.message]).toEqual([401, 'session expired; sign in again']);
    const second = await login('王小明', TEST_PASSWORD);
    for (let minutes = 0; minutes < 120; minutes += 20) {
      now += 20 * 60_000;
      expect((await post('story.list', {}, as(second.session))).status).toBe(
        minutes < 100 ? 200 : 401,
      );
    }
  });

  it('refuses the cookie after sign-out, replayed', async () => {
    const reporter = await login('王小明', TEST_PASSWORD);
    const out = await post('session.logout', {}, as(reporter.session));
    expect(out.body).toEqual({ ok: true, result: { signedOut: true } });
    expect(out.cookie).toMatch(/^newsdesk_session=; .*Max-Age=0$/);
    const replayed = await post('story.list', {}, as(reporter.session));
    expect(replayed.status).toBe(401);
  });

  it('limits sign-ins per name and per address, and says so', async () => {
    for (let i = 0; i < 5; i++)
      expect((await login('王小明', `wrong-${i}-password`)).status).toBe(401);
    const limited = await login('王小明', TEST_PASSWORD);
    expect(limited.status).toBe(429);
    expect(limited.body).toEqual({
      ok: false,
      error: { code: 'refused', message: 'too many failed sign-ins; try again in 15 minutes' },
    });
    // Another name from the same address still signs in, until the address's own limit.
    expect((await login('刘主编', TEST_PASSWORD)).status).toBe(200);
    for (let i = 0; i < 15; i++) await login(`无名氏${i}`, 'wrong-password');
    expect((await login('刘主编', TEST_PASSWORD)).status).toBe(429);
    now += 15 * 60_000 + 1;
    expect((await login('王小明', TEST_PASSWORD)).status).toBe(200);
  });

  it('refuses a call whose Origin is another site', async () => {
    const chief = await login('刘主编', TEST_PASSWORD);
    const foreign = await post(
      'story.create',
      { fields: { headline: '跨站' } },
      { ...as(chief.session), Origin: 'http://evil.example' },
    );
    expect([foreign.status, foreign.body.error.code]).toEqual([403, 'forbidden']);
    const own = await post(
      'story.create',
      { fields: { headline: '本站' } },
      { ...as(chief.session), Origin: host.origin },
    );
    expect(own.status).toBe(200);
  });

  it('never writes a password to the log, the audit, the access log, the file or an error', async () => {
    await login('王小明', 'wrong-password-77');
    const reporter = await login('王小明', TEST_PASSWORD);
    const change = await post(
      'session.changePassword',
      { current: TEST_PASSWORD, password: 'short' },
      as(reporter.session),
    );
    expect(change.body.error.message).toBe(
      'password: the password must have at least 8 characters',
    );
    await post(
      'session.changePassword',
      { current: 'wrong-password-78', password: 'new-password-79' },
      as(reporter.session),
    );
    const db = new Database(desk.dbPath);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const rows = JSON.stringify([
      db.prepare('SELECT * FROM audit').all(),
      db.prepare('SELECT * FROM access_log').all(),
    ]);
    db.close();
    const file = readFileSync(desk.dbPath);
    for (const secret of [
      TEST_PASSWORD,
      'wrong-password-77',
      'wrong-password-78',
      'new-password-79',
    ]) {
      expect(rows).not.toContain(secret);
      expect(file.includes(Buffer.from(secret))).toBe(false);
      expect(logs.join('\n')).not.toContain(secret);
      expect(JSON.stringify(change.body)).not.toContain(secret);
    }
  });
});
