import { beforeEach, describe, expect, it, vi } from 'vitest';
import { MainWindows } from '../../src/main/electron/main-windows';
import {
  guardAllWebContents,
  guardWebContents,
  lockDownSession,
} from '../../src/main/electron/security';
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/csp';
import { FakeBrowserWindow, FakeWebContents, fakeApp, fakeSession } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const APP = 'app://newsdesk/index.html';

beforeEach(() => {
  FakeBrowserWindow.created.length = 0;
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

describe('main window', () => {
  it('is created with every security setting on and our preload', () => {
    const windows = new MainWindows(
      { preloadPath: '/opt/newsdesk/out/preload/index.js', appUrl: APP, isDev: false },
      () => {},
    );
    windows.open();
    const created = FakeBrowserWindow.created[0];
    expect(created?.options.webPreferences).toMatchObject({
      preload: '/opt/newsdesk/out/preload/index.js',
      contextIsolation: true,
      sandbox: true,
      webSecurity: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webviewTag: false,
      allowRunningInsecureContent: false,
      devTools: false,
    });
    expect(created?.loadedUrl).toBe(APP);
  });

  it('knows only its own windows main frames, and forgets closed ones', () => {
    const closed = vi.fn();
    const windows = new MainWindows({ preloadPath: '/p.js', appUrl: APP, isDev: true }, closed);
    const window = windows.open() as unknown as FakeBrowserWindow;
    const id = window.webContents.id;
    expect(windows.mainFrameOf(id)).toBe(window.webContents.mainFrame);
    expect(windows.mainFrameOf(id + 1000)).toBeNull();
    window.emit('closed');
    expect(closed).toHaveBeenCalledWith(id);
    expect(windows.mainFrameOf(id)).toBeNull();
  });
});

describe('web contents guards', () => {
  function guarded(): FakeWebContents {
    const contents = new FakeWebContents();
    contents.url = APP;
    guardWebContents(contents as never, APP);
    return contents;
  }

  function navigate(contents: FakeWebContents, event: string, url: string): boolean {
    const preventDefault = vi.fn();
    contents.emit(event, { url, preventDefault });
    return preventDefault.mock.calls.length > 0;
  }

  it('denies navigation away, but lets the page reload itself', () => {
    const contents = guarded();
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', 'file:///etc/passwd')).toBe(true);
    expect(navigate(contents, 'will-redirect', 'https://example.com/')).toBe(true);
    expect(navigate(contents, 'will-navigate', APP)).toBe(false);
  });

  it('denies window.open and <webview>', () => {
    const contents = guarded();
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({
      action: 'deny',
    });
    expect(contents.windowOpenHandler?.({ url: APP })).toEqual({ action: 'deny' });
    const preventDefault = vi.fn();
    contents.emit('will-attach-webview', { preventDefault });
    expect(preventDefault).toHaveBeenCalled();
  });

  it('guards every web contents the app creates', () => {
    guardAllWebContents({ appUrl: APP, isDev: false });
    const contents = new FakeWebContents();
    contents.url = APP;
    fakeApp.emit('web-contents-created', {}, contents);
    expect(contents.windowOpenHandler?.({ url: APP })).toEqual({ action: 'deny' });
    expect(navigate(contents, 'will-navigate', 'https://example.com/')).toBe(true);
  });
});

describe('session lock-down', () => {
  beforeEach(() => lockDownSession(fakeSession as never, { appUrl: APP, isDev: false }));

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal'])(
    'denies the %s permission request and check',
    (permission) => {
      const callback = vi.fn();
      fakeSession.permissionRequestHandler?.({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(fakeSession.permissionCheckHandler?.({}, permission, APP, {})).toBe(false);
    },
  );

  it('puts our CSP on every response, replacing any other', () => {
    const callback = vi.fn();
    fakeSession.headersReceived?.(
      {
        responseHeaders: {
          'content-security-policy': ['default-src *'],
          'Content-Type': ['text/html'],
        },
      },
      callback,
    );
    const headers = callback.mock.calls[0]?.[0].responseHeaders as Record<string, string[]>;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['content-security-policy']).toBeUndefined();
    expect(headers['Content-Type']).toEqual(['text/html']);
  });
});
