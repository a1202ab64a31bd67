import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { TEST_PASSWORD } from '../../../tests/support/test-password';
import { type RunningHost, startHost } from './http-host';

/** Raw HTTP so that paths reach the server exactly as written (fetch would normalize ../). */
function raw(
  origin: string,
  path: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<{ status: number; body: string; headers: Record<string, unknown> }> {
  const url = new URL(origin);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: init.method ?? 'GET',
        headers: init.headers,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString(),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('HTTP host', () => {
  const temp = tempDir();
  const staticDir = join(temp.dir, 'renderer');
  let host: RunningHost;
  let cookie = '';
  const json = { 'Content-Type': 'application/json' };

  beforeAll(async () => {
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>报</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(temp.dir, 'secret.txt'), 'SECRET');
    host = await startHost({ dbPath: join(temp.dir, 'db.sqlite'), staticDir });
    await host.desk.call('profile.setPassword', { id: 1, password: TEST_PASSWORD }, { actorId: 1 });
    const login = await raw(host.origin, '/api/session.login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ name: 'admin', password: TEST_PASSWORD }),
    });
    cookie = String(login.headers['set-cookie']).split(';')[0] ?? '';
  });
  afterAll(async () => {
    await host.close();
    temp.cleanup();
  });

  it('listens on 127.0.0.1 and points browsers at the sign-in page', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/$/);
  });

  it('answers 401 without a session, and serves a signed-in one', async () => {
    const none = await raw(host.origin, '/api/profile.list', {
      method: 'POST',
      headers: json,
      body: '{}',
    });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toEqual({
      ok: false,
      error: { code: 'unauthorized', message: 'sign in first' },
    });
    const forged = await raw(host.origin, '/api/profile.list', {
      method: 'POST',
      headers: { ...json, Cookie: 'newsdesk_session=forged' },
      body: '{}',
    });
    expect(forged.status).toBe(401);
    const right = await raw(host.origin, '/api/profile.list', {
      method: 'POST',
      headers: { ...json, Cookie: cookie },
      body: '{}',
    });
    expect(right.status).toBe(200);
    expect(JSON.parse(right.body)).toMatchObject({
      ok: true,
      result: [{ name: 'admin', role: 'admin' }],
    });
  });

  it('maps refusals to HTTP statuses and refuses non-JSON bodies', async () => {
    const headers = { ...json, Cookie: cookie };
    expect(
      (await raw(host.origin, '/api/no.such', { method: 'POST', headers, body: '{}' })).status,
    ).toBe(404);
    expect(
      (await raw(host.origin, '/api/story.get', { method: 'POST', headers, body: '{"id":"x"}' }))
        .status,
    ).toBe(400);
    expect(
      (await raw(host.origin, '/api/story.get', { method: 'POST', headers, body: '{not json' }))
        .status,
    ).toBe(400);
    const form = await raw(host.origin, '/api/profile.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Cookie: cookie },
      body: 'a=1',
    });
    expect(form.status).toBe(415);
  });

  it('serves the built renderer with a strict CSP', async () => {
    const index = await raw(host.origin, '/');
    expect(index.status).toBe(200);
    expect(index.body).toBe('<!doctype html><title>报</title>');
    expect(String(index.headers['content-security-policy'])).toContain("script-src 'self';");
    expect(String(index.headers['content-security-policy'])).not.toContain('unsafe-eval');
    expect(index.headers['cache-control']).toBe('no-store');
    const asset = await raw(host.origin, '/assets/app.js');
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('never serves a file outside the build folder', async () => {
    for (const path of [
      '/../secret.txt',
      '/assets/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/index.html%00.js',
      '//etc/passwd',
    ]) {
      const res = await raw(host.origin, path);
      expect(res.status, path).toBe(404);
      expect(res.body).not.toContain('SECRET');
    }
  });

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const res = await raw(host.origin, '/', { headers: { Host: 'evil.example:80' } });
    expect(res.status).toBe(421);
  });
});
