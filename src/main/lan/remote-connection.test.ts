import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { type RunningHost, startHost } from '../host/http-host';
import { planServe } from '../serve/serve-plan';
import { fingerprintOfPem, pinnedVerdict, REFUSE, TRUST } from './pin-certificate';
import { normalizeFingerprint, parseRemoteAddress } from './remote-address';
import { loadFailure, RemoteConnection } from './remote-connection';

const temp = tempDir('newsdesk-remote-');
let host: RunningHost;
let certificatePem = '';
let fingerprint = '';

beforeAll(async () => {
  const dbPath = join(temp.dir, 'host.sqlite');
  const plan = await planServe({ lan: true, dbPath, lanAddress: () => '127.0.0.1' });
  certificatePem = plan.certificate?.cert ?? '';
  fingerprint = plan.certificate?.fingerprint ?? '';
  host = await startHost({ dbPath, staticDir: temp.dir, host: plan.host, tls: plan.certificate });
});

afterAll(async () => {
  await host.close();
  temp.cleanup();
});

const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    const { reason, params } = error as { reason?: string; params?: unknown };
    return { key: reason, params };
  }
  return 'no error';
};

describe('parseRemoteAddress and normalizeFingerprint', () => {
  it('takes the address as the host prints it, with or without https://', () => {
    for (const typed of [
      'https://192.168.1.20:8443/',
      ' 192.168.1.20:8443 ',
      'HTTPS://192.168.1.20:8443',
    ]) {
      expect(parseRemoteAddress(typed)).toEqual({
        origin: 'https://192.168.1.20:8443',
        hostname: '192.168.1.20',
        port: 8443,
      });
    }
    expect(parseRemoteAddress('newsdesk.local')).toEqual({
      origin: 'https://newsdesk.local',
      hostname: 'newsdesk.local',
      port: 443,
    });
    expect(parseRemoteAddress('https://[fd00::2]:8443').hostname).toBe('fd00::2');
  });

  it('refuses plain HTTP, user names, paths, queries and nonsense', () => {
    for (const typed of [
      'http://192.168.1.20:8443',
      'https://admin:pw@192.168.1.20:8443',
      'https://192.168.1.20:8443/api/session.login',
      'https://192.168.1.20:8443/?x=1',
      'https://192.168.1.20:8443/#/story/1',
      'ftp://192.168.1.20',
      'https://',
    ]) {
      expect(reasonOf(() => parseRemoteAddress(typed))).toEqual({
        key: 'bad-address',
        params: { address: typed },
      });
    }
  });

  it('reads a fingerprint copied with colons, spaces or none, in any case', () => {
    const canonical = `${'AB:'.repeat(31)}CD`;
    expect(normalizeFingerprint(canonical.toLowerCase())).toBe(canonical);
    expect(normalizeFingerprint(canonical.replaceAll(':', ' '))).toBe(canonical);
    expect(normalizeFingerprint(`SHA-256: ${canonical.replaceAll(':', '')}`)).toBe(canonical);
    for (const typed of ['', 'AB:CD', `${canonical}:EF`, canonical.replace('AB', 'XY')]) {
      expect(reasonOf(() => normalizeFingerprint(typed))).toEqual({
        key: 'bad-fingerprint',
        params: {},
      });
    }
  });
});

describe('pinnedVerdict (the remote window certificate verify proc)', () => {
  it('trusts exactly the pinned certificate on the pinned host, and nothing else', () => {
    expect(fingerprintOfPem(certificatePem)).toBe(fingerprint);
    const pin = { hostname: '127.0.0.1', fingerprint };
    expect(pinnedVerdict({ hostname: '127.0.0.1', certificatePem }, pin)).toBe(TRUST);
    expect(pinnedVerdict({ hostname: '127.0.0.2', certificatePem }, pin)).toBe(REFUSE);
    expect(
      pinnedVerdict(
        { hostname: '127.0.0.1', certificatePem },
        { ...pin, fingerprint: `${'00:'.repeat(31)}00` },
      ),
    ).toBe(REFUSE);
    expect(pinnedVerdict({ hostname: '127.0.0.1', certificatePem: 'not a pem' }, pin)).toBe(REFUSE);
    expect(pinnedVerdict({ hostname: '127.0.0.1', certificatePem }, null)).toBe(REFUSE);
    expect(
      pinnedVerdict(
        { hostname: '[FD00::2]', certificatePem },
        { hostname: 'fd00::2', fingerprint },
      ),
    ).toBe(TRUST);
  });

  it('reads a failed page load as a certificate error or an unreachable host', () => {
    expect(loadFailure(-202)).toBe('fingerprint-mismatch'); // ERR_CERT_AUTHORITY_INVALID
    expect(loadFailure(-200)).toBe('fingerprint-mismatch'); // ERR_CERT_COMMON_NAME_INVALID
    expect(loadFailure(-102)).toBe('host-unreachable'); // ERR_CONNECTION_REFUSED
    expect(loadFailure(-118)).toBe('host-unreachable'); // ERR_CONNECTION_TIMED_OUT
  });
});

describe('RemoteConnection (连接到同事的采编平台)', () => {
  it('shakes hands, checks the fingerprint and remembers the host for this machine', async () => {
    const file = join(temp.dir, 'connect-ok.json');
    const connection = new RemoteConnection(file);
    expect(connection.remembered()).toBeNull();
    expect(connection.target()).toBeNull();
    const typed = fingerprint.replaceAll(':', '').toLowerCase();
    const target = await connection.connect(host.origin.replace('https://', ''), typed);
    expect(target).toEqual({ origin: host.origin, hostname: '127.0.0.1', fingerprint });
    expect(connection.target()).toEqual(target);
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({
      origin: host.origin,
      fingerprint,
      active: true,
      failure: null,
    });
    expect(statSync(file).mode & 0o077).toBe(0);

    // Back to this machine's paper after a failed load: the address stays for the form.
    connection.disconnect('fingerprint-mismatch');
    expect(connection.target()).toBeNull();
    expect(connection.remembered()).toEqual({
      origin: host.origin,
      fingerprint,
      active: false,
      failure: 'fingerprint-mismatch',
    });
  });

  it('refuses a certificate that is not the one typed, naming the one it saw', async () => {
    const file = join(temp.dir, 'connect-wrong.json');
    const wrong = `${'00:'.repeat(31)}00`;
    const error = await new RemoteConnection(file).connect(host.origin, wrong).catch((e) => e);
    expect(error).toMatchObject({
      code: 'refused',
      field: 'fingerprint',
      reason: 'fingerprint-mismatch',
      params: { origin: host.origin, expected: wrong, actual: fingerprint },
    });
    expect(new RemoteConnection(file).remembered()).toBeNull();
  });

  it('names a host that does not answer', async () => {
    const file = join(temp.dir, 'connect-none.json');
    const error = await new RemoteConnection(file)
      .connect('https://127.0.0.1:1', fingerprint)
      .catch((e) => e);
    expect(error).toMatchObject({
      code: 'refused',
      reason: 'host-unreachable',
      params: { origin: 'https://127.0.0.1:1' },
    });
  });

  it('treats a damaged file as no connection', async () => {
    const file = join(temp.dir, 'damaged.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, '{"origin": 1');
    expect(new RemoteConnection(file).remembered()).toBeNull();
    writeFileSync(file, JSON.stringify({ origin: 'x', fingerprint: 'y', active: 'yes' }));
    expect(new RemoteConnection(file).target()).toBeNull();
  });
});
