import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
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

  beforeAll(async () => {
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>报</title>');
    writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(temp.dir, 'secret.txt'), 'SECRET');
    host = await startHost({ dbPath: join(temp.dir, 'db.sqlite'), staticDir });
  });
  afterAll(async () => {
    await host.close();
    temp.cleanup();
  });

  it('listens on 127.0.0.1 and gives the token in the URL fragment', () => {
    expect(host.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#token=[A-Za-z0-9_-]{32}$/);
  });

  it('answers 401 without the token, or with a wrong one', async () => {
    const body = '{}';
    const none = await raw(host.origin, '/api/profile.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const wrong = await raw(host.origin, '/api/profile.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}x` },
      body,
    });
    expect(wrong.status).toBe(401);
    const right = await raw(host.origin, '/api/profile.list', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` },
      body,
    });
    expect(right.status).toBe(200);
    expect(JSON.parse(right.body)).toMatchObject({
      ok: true,
      result: [{ name: 'admin', role: 'admin' }],
    });
  });

  it('maps refusals to HTTP statuses and refuses non-JSON bodies', async () => {
    const headers = { 'Content-Type': 'application/json', Authorization: `Bearer ${host.token}` };
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
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded',
        Authorization: `Bearer ${host.token}`,
      },
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
    expect((await raw(host.origin, '/assets/app.js')).body).toBe('console.log(1)');
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
