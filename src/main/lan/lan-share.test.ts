import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { join } from 'node:path';
import { connect } from 'node:tls';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { TEST_PASSWORD_COST } from '../../../tests/support/test-password';
import { openDesk } from '../desk/open-desk';
import type { Desk } from '../desk/types';
import { type LanShare, startLanShare } from './lan-share';

/** The certificate a TLS client is shown at `url`, as its SHA-256 fingerprint. */
function servedFingerprint(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), rejectUnauthorized: false });
    socket.once('secureConnect', () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.once('error', reject);
  });
}

/** A free port, found by listening on 0 and closing again. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

describe('startLanShare (在局域网共享本报)', () => {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  let share: LanShare | undefined;
  let blocker: Server | undefined;

  beforeEach(async () => {
    temp = tempDir('newsdesk-lan-');
    desk = openDesk({ dbPath: join(temp.dir, 'paper.sqlite'), passwordCost: TEST_PASSWORD_COST });
  });

  afterEach(async () => {
    await share?.close();
    share = undefined;
    blocker?.close();
    desk.close();
    temp.cleanup();
  });

  const admin = { actorId: 1 };
  const set = async (key: string, value: unknown) => {
    const reply = await desk.call('settings.set', { key, value }, admin);
    expect(reply.ok).toBe(true);
  };

  it('is off until an admin turns it on, then serves HTTPS on the LAN address and port with the kept certificate', async () => {
    const lines: string[] = [];
    const port = await freePort();
    share = startLanShare({
      desk,
      staticDir: temp.dir,
      log: (line) => lines.push(line),
      // The test's "LAN" is loopback: injected, as serve-plan.test.ts does.
      lanAddress: () => '127.0.0.1',
    });
    await share.settled();
    expect(share.status()).toEqual({
      state: 'off',
      urls: [],
      fingerprint: null,
      port: 8443,
      failure: null,
    });

    await set('lan.port', port);
    await set('lan.share', 'on');
    await share.settled();
    const status = share.status();
    const url = `https://127.0.0.1:${port}/`;
    expect(status.state).toBe('on');
    expect(status.urls).toEqual([url]);
    expect(status.fingerprint).toMatch(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/);
    expect(readFileSync(`${desk.dbPath}.cert.pem`, 'utf8')).toContain('BEGIN CERTIFICATE');
    expect(await servedFingerprint(url)).toBe(status.fingerprint);
    expect(lines).toEqual([
      `newsdesk: sharing on the LAN at ${url} (certificate SHA-256 ${status.fingerprint})`,
    ]);

    // Who opened the paper to the network is in the audit log, like any setting.
    const audit = await desk.call('audit.list', {}, admin);
    expect(JSON.stringify(audit)).toContain('setting:lan.share');

    await set('lan.share', 'off');
    await share.settled();
    expect(share.status().state).toBe('off');
    await expect(servedFingerprint(url)).rejects.toMatchObject({ code: 'ECONNREFUSED' });
    expect(lines.at(-1)).toBe(`newsdesk: LAN sharing stopped (${url})`);
  });

  it('moves to a new port when the setting changes, with the same certificate', async () => {
    const [first, second] = [await freePort(), await freePort()];
    await set('lan.port', first);
    await set('lan.share', 'on');
    share = startLanShare({
      desk,
      staticDir: temp.dir,
      log: () => {},
      lanAddress: () => '127.0.0.1',
    });
    await share.settled();
    const before = share.status();
    expect(before.urls).toEqual([`https://127.0.0.1:${first}/`]);
    await set('lan.port', second);
    await share.settled();
    expect(share.status()).toEqual({
      ...before,
      urls: [`https://127.0.0.1:${second}/`],
      port: second,
    });
    await expect(servedFingerprint(`https://127.0.0.1:${first}/`)).rejects.toMatchObject({
      code: 'ECONNREFUSED',
    });
  });

  it('says why it could not start: the port is taken, or the machine has no LAN address', async () => {
    blocker = createServer();
    await new Promise<void>((done) => blocker?.listen(0, '127.0.0.1', done));
    const taken = (blocker.address() as { port: number }).port;
    await set('lan.port', taken);
    await set('lan.share', 'on');
    share = startLanShare({
      desk,
      staticDir: temp.dir,
      log: () => {},
      lanAddress: () => '127.0.0.1',
    });
    await share.settled();
    expect(share.status()).toEqual({
      state: 'failed',
      urls: [],
      fingerprint: null,
      port: taken,
      failure: 'port-in-use',
    });
    await share.close();

    share = startLanShare({
      desk,
      staticDir: temp.dir,
      log: () => {},
      lanAddress: () => undefined,
    });
    await share.settled();
    expect(share.status().failure).toBe('no-lan-address');
  });

  it('refuses the switch to anyone but an admin', async () => {
    const created = await desk.call(
      'profile.create',
      { name: '王小明', role: 'editor', password: 'long-enough-pw-1' },
      admin,
    );
    if (!created.ok) throw new Error(created.error.message);
    const id = (created.result as { id: number }).id;
    const reply = await desk.call(
      'settings.set',
      { key: 'lan.share', value: 'on' },
      { actorId: id },
    );
    expect(reply).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(desk.settings()['lan.share']).toBe('off');
  });
});
