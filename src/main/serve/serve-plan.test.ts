import { X509Certificate } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { TEST_PASSWORD } from '../../../tests/support/test-password';
import { startHost } from '../host/http-host';
import { lanAddress } from './lan-address';
import { planServe } from './serve-plan';

/** HTTPS POST trusting exactly the given certificate, as a browser would after the check. */
function post(origin: string, path: string, body: unknown, ca: string) {
  const url = new URL(origin);
  return new Promise<{ status: number; cookie: string; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'POST',
        ca,
        headers: { 'Content-Type': 'application/json' },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            cookie: String(res.headers['set-cookie'] ?? ''),
            body: Buffer.concat(chunks).toString(),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(JSON.stringify(body));
  });
}

describe('serve --lan', () => {
  const temp = tempDir();
  const dbPath = join(temp.dir, 'paper.sqlite');
  afterAll(() => temp.cleanup());

  it('finds the private IPv4 address, never loopback', () => {
    expect(
      lanAddress({
        lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true } as never],
        docker0: [{ address: '203.0.113.5', family: 'IPv4', internal: false } as never],
        eth0: [
          { address: 'fe80::1', family: 'IPv6', internal: false } as never,
          { address: '192.168.1.23', family: 'IPv4', internal: false } as never,
        ],
      }),
    ).toBe('192.168.1.23');
    expect(
      lanAddress({ lo: [{ address: '127.0.0.1', family: 'IPv4', internal: true } as never] }),
    ).toBe(undefined);
  });

  it('refuses contradictory or impossible requests with one line', async () => {
    await expect(planServe({ lan: true, host: '10.0.0.2', dbPath })).rejects.toThrow(
      'use --lan or --host, not both',
    );
    await expect(planServe({ lan: false, cert: 'a.pem', dbPath })).rejects.toThrow(
      '--cert and --key go together',
    );
    await expect(planServe({ lan: true, dbPath, lanAddress: () => undefined })).rejects.toThrow(
      'no LAN address found on this machine; name one with --host',
    );
    expect(await planServe({ lan: false, dbPath })).toEqual({ host: '127.0.0.1' });
  });

  it('binds the LAN address over TLS with a certificate kept beside the database', async () => {
    // The test's "LAN" is loopback: the address is injected, the binding logic is the real one.
    const plan = await planServe({ lan: true, dbPath, lanAddress: () => '127.0.0.1' });
    expect(plan.host).toBe('127.0.0.1');
    const cert = readFileSync(`${dbPath}.cert.pem`, 'utf8');
    expect(plan.certificate?.fingerprint).toBe(new X509Certificate(cert).fingerprint256);
    expect(plan.certificate?.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(statSync(`${dbPath}.key.pem`).mode & 0o077).toBe(0);
    // The same certificate on the next start: people check its fingerprint once.
    const again = await planServe({ lan: true, dbPath, lanAddress: () => '127.0.0.1' });
    expect(again.certificate?.fingerprint).toBe(plan.certificate?.fingerprint);

    const host = await startHost({
      dbPath,
      staticDir: temp.dir,
      host: plan.host,
      tls: plan.certificate,
    });
    try {
      expect(host.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/$/);
      await host.desk.call(
        'profile.setPassword',
        { id: 1, password: TEST_PASSWORD },
        { actorId: 1 },
      );
      const login = await post(
        host.origin,
        '/api/session.login',
        { name: 'admin', password: TEST_PASSWORD },
        cert,
      );
      expect(login.status).toBe(200);
      expect(login.cookie).toMatch(/; HttpOnly; SameSite=Strict; Secure$/);
    } finally {
      await host.close();
    }
  });

  it('uses the certificate the paper provides', async () => {
    const plan = await planServe({
      lan: false,
      host: '127.0.0.1',
      cert: `${dbPath}.cert.pem`,
      key: `${dbPath}.key.pem`,
      dbPath: join(temp.dir, 'other.sqlite'),
    });
    expect(plan.certificate?.source).toBe(`${dbPath}.cert.pem`);
    await expect(
      planServe({
        lan: false,
        cert: join(temp.dir, 'none.pem'),
        key: join(temp.dir, 'none.key'),
        dbPath,
      }),
    ).rejects.toThrow(`--cert ${join(temp.dir, 'none.pem')}: cannot read it (ENOENT)`);
  });
});
