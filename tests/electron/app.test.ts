import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { startApp } from '../../src/main/electron/app';
import {
  ELECTRON_NATIVE_BINDING,
  electronNativeBinding,
} from '../../src/main/electron/native-binding';
import type { Reply } from '../../src/shared/contract';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src/shared/contract/channels';
import { tempDir } from '../support/temp-db';
import { TEST_PASSWORD } from '../support/test-password';
import {
  FakeBrowserWindow,
  fakeApp,
  fakeMenu,
  fakeProtocol,
  ipcMainHandlers,
} from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const tmp = tempDir();
afterAll(() => {
  fakeApp.emit('will-quit');
  tmp.cleanup();
});

beforeEach(() => {
  // Closes the desk a previous test opened, then forgets that app's handlers.
  fakeApp.emit('will-quit');
  fakeApp.listeners.clear();
  FakeBrowserWindow.created.length = 0;
  fakeApp.quitCalls = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

async function started(): Promise<FakeBrowserWindow> {
  fakeApp.hasLock = true;
  fakeApp.userData = tmp.dir;
  startApp();
  await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(1));
  return FakeBrowserWindow.created[0] as FakeBrowserWindow;
}

function invoke(
  window: FakeBrowserWindow,
  name: unknown,
  args: unknown,
  frame: object | null = window.webContents.mainFrame,
) {
  const handler = ipcMainHandlers.get(INVOKE_CHANNEL);
  const event = {
    sender: window.webContents,
    senderFrame: frame && { ...frame, url: window.loadedUrl },
  };
  return handler?.(event, name, args) as Promise<Reply<unknown>>;
}

describe('the Electron app', () => {
  it('a second instance quits at once and opens nothing', () => {
    fakeApp.hasLock = false;
    startApp();
    expect(fakeApp.quitCalls).toBe(1);
    expect(FakeBrowserWindow.created).toHaveLength(0);
  });

  it('opens one secure window on the built page, with the menu, and answers it over IPC', async () => {
    const window = await started();
    // The built page on the app's own scheme (registered before ready), never file://.
    expect(window.loadedUrl).toBe('app://newsdesk/index.html');
    expect(fakeProtocol.privileged).toContainEqual({
      scheme: 'app',
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    });
    expect(fakeProtocol.handlers.has('app')).toBe(true);
    // The icon the window shows is the one resources/ ships.
    expect(String(window.options.icon)).toMatch(/resources[/\\]icon\.png$/);
    expect(String((window.options.webPreferences as { preload: string }).preload)).toMatch(
      /preload[/\\]index\.js$/,
    );
    await vi.waitFor(() => expect(fakeMenu.template).toBeDefined());

    const reply = await invoke(window, 'app.info', {});
    expect(reply.ok).toBe(true);
    if (reply.ok)
      expect((reply.result as { dbPath: string }).dbPath).toBe(join(tmp.dir, 'newsdesk.sqlite'));

    // A new paper: the window is its admin, who must choose a password before anything else.
    expect(await invoke(window, 'session.me', {})).toMatchObject({
      ok: true,
      result: { profile: { id: 1 }, mustChangePassword: true },
    });
    expect(await invoke(window, 'story.list', {})).toMatchObject({
      ok: false,
      error: { code: 'forbidden' },
    });
    const chosen = await invoke(window, 'session.changePassword', { password: TEST_PASSWORD });
    expect(chosen).toMatchObject({ ok: true, result: { mustChangePassword: false } });
    // The session is per window: the actor now saves stories, and every window hears of it.
    const created = await invoke(window, 'story.create', { fields: { headline: '试稿' } });
    expect(created.ok ? 'ok' : created.error).toBe('ok');
    expect(
      window.webContents.sent.some(
        ([channel, name]) => channel === EVENT_CHANNEL && name === 'story.changed',
      ),
    ).toBe(true);
  });

  it('gives up the edit locks of a window that closes', async () => {
    const window = await started();
    // The first test gave the shared database's admin its password.
    await invoke(window, 'session.login', { name: 'admin', password: TEST_PASSWORD });
    const created = await invoke(window, 'story.create', { fields: { headline: '锁稿' } });
    const storyId = created.ok ? (created.result as { id: number }).id : 0;
    expect(await invoke(window, 'lock.acquire', { storyId })).toMatchObject({ ok: true });
    window.emit('closed');
    // Read the lock back through a fresh window of the same app.
    fakeApp.emit('activate');
    await vi.waitFor(() => expect(FakeBrowserWindow.created).toHaveLength(2));
    const next = FakeBrowserWindow.created[1] as FakeBrowserWindow;
    // The admin has a password now: a new window starts signed out and signs in.
    expect(await invoke(next, 'session.me', {})).toEqual({ ok: true, result: null });
    await invoke(next, 'session.login', { name: 'admin', password: TEST_PASSWORD });
    expect(await invoke(next, 'lock.get', { storyId })).toEqual({ ok: true, result: null });
  });

  it('focuses the first window when a second instance starts', async () => {
    const window = await started();
    const focus = vi.spyOn(window, 'focus');
    fakeApp.emit('second-instance');
    expect(focus).toHaveBeenCalled();
  });

  it('refuses a frame whose identity is not the window main frame', async () => {
    const window = await started();
    const reply = await invoke(window, 'app.info', {}, { processId: 1, routingId: 12345 });
    expect(reply).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
  });
});

describe('electronNativeBinding', () => {
  it('finds the Electron build of better-sqlite3 only when it is there', () => {
    const root = tempDir();
    expect(electronNativeBinding(root.dir)).toBeUndefined();
    const file = join(root.dir, ELECTRON_NATIVE_BINDING);
    mkdirSync(join(file, '..'), { recursive: true });
    writeFileSync(file, '');
    expect(electronNativeBinding(root.dir)).toBe(file);
    root.cleanup();
  });
});
