import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { isAppUrl } from '../../src/main/electron/app-url';
import { createInvokeHandler } from '../../src/main/electron/invoke-handler';
import { checkHandlerName, checkSender } from '../../src/main/electron/ipc-guard';
import { isNavigationAllowed } from '../../src/main/electron/navigation-policy';
import { WindowSessions } from '../../src/main/electron/window-sessions';
import type { Reply } from '../../src/shared/contract';
import { tempDir } from '../support/temp-db';
import { TEST_PASSWORD } from '../support/test-password';

const APP = 'app://newsdesk/index.html';
const ourFrame = { processId: 4, routingId: 1 };
const ourWindowId = 7;

describe('checkSender', () => {
  it('accepts our window main frame showing our page (hash and query may differ)', () => {
    expect(checkSender({ senderFrame: ourFrame, mainFrame: ourFrame, url: APP }, APP)).toEqual({
      ok: true,
    });
    expect(
      checkSender({ senderFrame: ourFrame, mainFrame: ourFrame, url: `${APP}#/board` }, APP).ok,
    ).toBe(true);
  });

  it('refuses a window we did not create', () => {
    expect(checkSender({ senderFrame: ourFrame, mainFrame: null, url: APP }, APP).ok).toBe(false);
  });

  it('refuses a subframe of our window', () => {
    const subframe = { processId: 4, routingId: 2 };
    expect(checkSender({ senderFrame: subframe, mainFrame: ourFrame, url: APP }, APP).ok).toBe(
      false,
    );
  });

  it('refuses a frame that is gone', () => {
    expect(checkSender({ senderFrame: null, mainFrame: ourFrame, url: APP }, APP).ok).toBe(false);
  });

  it.each([
    'https://evil.example/index.html',
    'file:///tmp/index.html',
    // The page as it was once loaded, from file://: no longer the app's origin.
    'file:///opt/newsdesk/out/renderer/index.html',
    'app://newsdesk/other.html',
    'app://evil/index.html',
    'about:blank',
    'not a url',
  ])('refuses the main frame showing %s', (url) => {
    expect(checkSender({ senderFrame: ourFrame, mainFrame: ourFrame, url }, APP).ok).toBe(false);
  });

  it('accepts the dev server only by its own origin and path', () => {
    const dev = 'http://localhost:5173/';
    expect(isAppUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppUrl('http://127.0.0.1:5173/', dev)).toBe(false);
  });

  it('names: refuses non-strings and names outside the contract', () => {
    expect(checkHandlerName(42)?.code).toBe('unknown-handler');
    expect(checkHandlerName({ toString: () => 'app.info' })?.code).toBe('unknown-handler');
    expect(checkHandlerName('fs.readFile')?.code).toBe('unknown-handler');
    expect(checkHandlerName('__proto__')?.code).toBe('unknown-handler');
    expect(checkHandlerName('app.info')).toBeUndefined();
  });
});

describe('navigation policy', () => {
  it('allows only reloading our own page', () => {
    expect(isNavigationAllowed(APP, APP, APP)).toBe(true);
    expect(isNavigationAllowed(APP, 'https://example.com/', APP)).toBe(false);
    expect(isNavigationAllowed(APP, 'file:///etc/passwd', APP)).toBe(false);
    expect(isNavigationAllowed(APP, 'app://newsdesk/other.html', APP)).toBe(false);
    expect(isNavigationAllowed(APP, `${APP}#/story/4`, APP)).toBe(false);
    expect(isNavigationAllowed('https://evil.example/', 'https://evil.example/', APP)).toBe(false);
  });
});

describe('IPC invoke handler (real desk on a temp database)', () => {
  const tmp = tempDir();
  let desk: Desk;
  const warn = vi.fn();
  const sessions = new WindowSessions();
  let call: ReturnType<typeof vi.spyOn>;
  let handle: ReturnType<typeof createInvokeHandler>;

  beforeAll(() => {
    desk = openDesk({ dbPath: `${tmp.dir}/desk.sqlite`, log: () => {} });
    call = vi.spyOn(desk, 'call');
    handle = createInvokeHandler({
      desk,
      appUrl: APP,
      sessions,
      ownMainFrame: (id) => (id === ourWindowId ? ourFrame : null),
      warn,
    });
  });
  afterAll(() => {
    desk.close();
    tmp.cleanup();
  });

  const fromUs = { webContentsId: ourWindowId, senderFrame: ourFrame, url: APP };

  function expectError(reply: Reply<unknown>, code: string): void {
    expect(reply.ok).toBe(false);
    if (!reply.ok) expect(reply.error.code).toBe(code);
  }

  it('answers our window', async () => {
    const reply = await handle(fromUs, 'app.info', {});
    expect(reply.ok).toBe(true);
  });

  it('drops another window with a warning, without touching the desk', async () => {
    call.mockClear();
    warn.mockClear();
    expectError(await handle({ ...fromUs, webContentsId: 99 }, 'app.info', {}), 'unauthorized');
    expect(warn).toHaveBeenCalledOnce();
    expect(call).not.toHaveBeenCalled();
  });

  it('drops a subframe and a foreign URL', async () => {
    call.mockClear();
    const subframe = { processId: 4, routingId: 9 };
    expectError(await handle({ ...fromUs, senderFrame: subframe }, 'app.info', {}), 'unauthorized');
    expectError(
      await handle({ ...fromUs, url: 'https://evil.example/' }, 'app.info', {}),
      'unauthorized',
    );
    expect(call).not.toHaveBeenCalled();
  });

  it('refuses unknown and non-string names before the desk sees them', async () => {
    call.mockClear();
    expectError(await handle(fromUs, 'shell.exec', {}), 'unknown-handler');
    expectError(await handle(fromUs, ['app.info'], {}), 'unknown-handler');
    expect(call).not.toHaveBeenCalled();
  });

  it('passes a bad argument to the desk, which refuses it', async () => {
    call.mockClear();
    const reply = await handle(fromUs, 'story.get', { id: 'one' });
    expectError(reply, 'bad-argument');
    expect(call).toHaveBeenCalledOnce();
  });

  it('signs the window in with session.login, and keeps it after a wrong password', async () => {
    expect(sessions.get(ourWindowId).actorId).toBeNull();
    await desk.call('profile.setPassword', { id: 1, password: TEST_PASSWORD }, { actorId: 1 });
    expectError(await handle(fromUs, 'story.list', {}), 'unauthorized');
    const reply = await handle(fromUs, 'session.login', { name: 'admin', password: TEST_PASSWORD });
    expect(reply.ok).toBe(true);
    expect(sessions.get(ourWindowId).actorId).toBe(1);
    expectError(
      await handle(fromUs, 'session.login', { name: 'admin', password: 'wrong-one-1' }),
      'unauthorized',
    );
    expect(sessions.get(ourWindowId).actorId).toBe(1);
    expect(await handle(fromUs, 'session.logout', {})).toEqual({
      ok: true,
      result: { signedOut: true },
    });
    expect(sessions.get(ourWindowId).actorId).toBeNull();
  });
});
