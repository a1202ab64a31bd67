import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../src/main/electron/app';
import { REMOTE_PARTITION } from '../../src/main/electron/remote-session';
import { type RunningHost, startHost } from '../../src/main/host/http-host';
import { planServe } from '../../src/main/serve/serve-plan';
import type { Reply } from '../../src/shared/contract';
import { INVOKE_CHANNEL } from '../../src/shared/contract/channels';
import { tempDir } from '../support/temp-db';
import {
  FakeBrowserWindow,
  fakeApp,
  fakeMenu,
  fakePartition,
  ipcMainHandlers,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const tmp = tempDir('newsdesk-connect-');
const hostTmp = tempDir('newsdesk-colleague-');
let colleague: RunningHost;
let certificatePem = '';
let fingerprint = '';

beforeAll(async () => {
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  const dbPath = join(hostTmp.dir, 'colleague.sqlite');
  const plan = await planServe({ lan: true, dbPath, lanAddress: () => '127.0.0.1' });
  certificatePem = plan.certificate?.cert ?? '';
  fingerprint = plan.certificate?.fingerprint ?? '';
  colleague = await startHost({
    dbPath,
    staticDir: hostTmp.dir,
    host: plan.host,
    tls: plan.certificate,
  });
  fakeApp.hasLock = true;
  fakeApp.userData = tmp.dir;
  startApp();
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
});

afterAll(async () => {
  fakeApp.emit('will-quit');
  await colleague.close();
  tmp.cleanup();
  hostTmp.cleanup();
});

function invoke(window: FakeBrowserWindow, name: string, args: unknown) {
  const handler = ipcMainHandlers.get(INVOKE_CHANNEL);
  const event = {
    sender: window.webContents,
    senderFrame: { ...window.webContents.mainFrame, url: window.loadedUrl },
  };
  return handler?.(event, name, args) as Promise<Reply<unknown>>;
}

const verdict = (hostname: string, data: string) =>
  new Promise<number>((resolve) =>
    fakePartition.verifyProc?.({ hostname, certificate: { data } }, resolve),
  );

const fileMenuLabels = () =>
  (
    (fakeMenu.template as { label: string; submenu: { label?: string }[] }[]).find(
      (menu) => menu.label === '文件',
    )?.submenu ?? []
  ).map((item) => item.label);

describe('连接到同事的采编平台 in the desktop app', () => {
  it('answers lan.* in main: the status only to a signed-in window, nothing remembered yet', async () => {
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    // A new paper's window is its admin (who must choose a password): signed in, sharing off.
    expect(await invoke(window, 'lan.status', {})).toEqual({
      ok: true,
      result: { state: 'off', urls: [], fingerprint: null, port: 8443, failure: null },
    });
    expect(await invoke(window, 'lan.connection', {})).toEqual({ ok: true, result: null });
    expect(await invoke(window, 'lan.connect', { address: 'http://x' })).toMatchObject({
      ok: false,
      error: { code: 'bad-argument', field: 'fingerprint' },
    });
  });

  it('refuses a fingerprint that is not the host certificate, and stays on this paper', async () => {
    const window = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    const wrong = `${'00:'.repeat(31)}00`;
    expect(
      await invoke(window, 'lan.connect', { address: colleague.origin, fingerprint: wrong }),
    ).toMatchObject({
      ok: false,
      error: { code: 'refused', reason: 'fingerprint-mismatch', params: { actual: fingerprint } },
    });
    expect(FakeBrowserWindow.created).toHaveLength(1);
    expect(existsSync(join(tmp.dir, 'lan-connection.json'))).toBe(false);
  });

  it('opens the colleague host with no preload, in the pinned session, and remembers it', async () => {
    const first = FakeBrowserWindow.created[0] as FakeBrowserWindow;
    const typed = fingerprint.replaceAll(':', ' ').toLowerCase();
    const reply = await invoke(first, 'lan.connect', {
      address: colleague.origin,
      fingerprint: typed,
    });
    expect(reply).toEqual({ ok: true, result: { origin: colleague.origin } });
    expect(FakeBrowserWindow.created).toHaveLength(2);
    expect(first.destroyed).toBe(true);
    const remote = FakeBrowserWindow.created[1] as FakeBrowserWindow;
    expect(remote.loadedUrl).toBe(`${colleague.origin}/`);
    const preferences = remote.options.webPreferences as Record<string, unknown>;
    expect(preferences).not.toHaveProperty('preload');
    expect(preferences).toMatchObject({
      session: fakePartition,
      contextIsolation: true,
      sandbox: true,
    });
    expect(fakePartition.partition).toBe(REMOTE_PARTITION);
    expect(await verdict('127.0.0.1', certificatePem)).toBe(0);
    expect(await verdict('127.0.0.2', certificatePem)).toBe(-2);
    expect(await verdict('127.0.0.1', 'another certificate')).toBe(-2);
    expect(JSON.parse(readFileSync(join(tmp.dir, 'lan-connection.json'), 'utf8'))).toEqual({
      origin: colleague.origin,
      fingerprint,
      active: true,
      failure: null,
    });
    // The colleague's page has no bridge; were it to call anyway, main would refuse it.
    expect(await invoke(remote, 'app.info', {})).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
    await vi.waitFor(() => expect(fileMenuLabels()).toContain('回到本机的报纸'));
  });

  it('goes back to this paper when the page fails its certificate, and says why', async () => {
    const remote = FakeBrowserWindow.created[1] as FakeBrowserWindow;
    remote.webContents.emit(
      'did-fail-load',
      {},
      -202,
      'ERR_CERT_AUTHORITY_INVALID',
      remote.loadedUrl,
      true,
    );
    expect(FakeBrowserWindow.created).toHaveLength(3);
    const local = FakeBrowserWindow.created[2] as FakeBrowserWindow;
    expect(local.loadedUrl).toBe('app://newsdesk/index.html');
    expect(await invoke(local, 'lan.connection', {})).toEqual({
      ok: true,
      result: {
        origin: colleague.origin,
        fingerprint,
        active: false,
        failure: 'fingerprint-mismatch',
      },
    });
    await vi.waitFor(() => expect(fileMenuLabels()).not.toContain('回到本机的报纸'));
  });
});
