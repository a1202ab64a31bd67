import { join } from 'node:path';
import { app, dialog, type Session, session } from 'electron';
import type { Desk } from '../desk/types';
import { watchInboxSetting } from '../import/settings-inbox';
import { type LanShare, startLanShare } from '../lan/lan-share';
import { loadFailure, RemoteConnection } from '../lan/remote-connection';
import { createShellCalls } from '../lan/shell-calls';
import { CONTENT_SECURITY_POLICY } from '../web/csp';
import { openAppDesk, startAppBackups } from './app-desk';
import { registerAppScheme, serveAppProtocol } from './app-protocol';
import { resolveAppUrl } from './app-url';
import { guardDownloads } from './downloads';
import { registerIpc } from './ipc';
import { MainWindows } from './main-windows';
import { type AppMenu, installMenu } from './menu';
import { remoteSession } from './remote-session';
import { guardAllWebContents, lockDownSession } from './security';
import { WindowSessions } from './window-sessions';

/** The Electron app: one instance, one desk, secure windows, one IPC channel. */
export function startApp(): void {
  // Every renderer sandboxed, whatever a window's options say.
  app.enableSandbox();
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }

  // electron-vite sets ELECTRON_RENDERER_URL only under `electron-vite dev`.
  const isDev = !app.isPackaged && Boolean(process.env.ELECTRON_RENDERER_URL);
  // The built renderer is served on app:// (app-protocol.ts); its privileges are fixed now.
  registerAppScheme();
  const appUrl = resolveAppUrl({ isDev, devServerUrl: process.env.ELECTRON_RENDERER_URL });
  // 连接到同事的采编平台: remembered per machine, in the user's app folder (lan/).
  let remote: RemoteConnection | undefined;
  const remoteTarget = () => remote?.target() ?? null;
  const security = {
    appUrl,
    isDev,
    pageUrl: () => {
      const target = remoteTarget();
      return target ? `${target.origin}/` : appUrl;
    },
  };
  guardAllWebContents(security);

  let desk: Desk | undefined;
  let lanShare: LanShare | undefined;
  let menu: AppMenu | undefined;
  // The colleague's session, made once per host and fingerprint (remote-session.ts).
  let pinned: { key: string; session: Session } | undefined;
  let backups: ReturnType<typeof startAppBackups> | undefined;
  // A new paper's admin has no password yet: the person who owns the database file (the one
  // running the app) is that admin until they choose one, as `newsdesk` without --as is.
  const sessions = new WindowSessions(() => {
    const admin = desk?.people.firstAdmin();
    return admin && !desk?.people.hasPassword(admin.id)
      ? { actorId: admin.id, mustChangePassword: true, databaseFile: true, from: 'app' }
      : { actorId: null, from: 'app' };
  });
  const cleanups: Array<() => void> = [];
  const windows = new MainWindows(
    {
      preloadPath: join(__dirname, '../preload/index.js'),
      appUrl,
      isDev,
      // The window icon on Linux and Windows (the packaged app takes it from resources/ too).
      iconPath: join(__dirname, '../../resources/icon.png'),
      remotePage: () => {
        const target = remoteTarget();
        if (!target) return null;
        const key = `${target.origin} ${target.fingerprint}`;
        if (pinned?.key !== key) pinned = { key, session: remoteSession(target, security) };
        return { url: `${target.origin}/`, session: pinned.session };
      },
      // The colleague's page did not load (a certificate that is not the pinned one, or no
      // answer): back to this machine's paper; the connect form says why.
      onRemoteFailed: (errorCode) => switchTo(() => remote?.disconnect(loadFailure(errorCode))),
    },
    (webContentsId) => {
      // A window that closes (or quits with the app) gives up its profile's edit locks; the
      // renderer's own release on unload may not get through. Only a crash leaves a lock,
      // for a chief to break.
      const closing = sessions.get(webContentsId);
      if (desk && closing.actorId !== null) void desk.call('lock.releaseAll', {}, closing);
      sessions.forget(webContentsId);
    },
  );

  /** Changes where the windows point, then shows it in a fresh window. */
  const switchTo = (change: () => void) => {
    change();
    menu?.refresh();
    windows.reopen();
  };
  app.on('second-instance', () => windows.focus());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (desk && windows.all().length === 0) windows.open();
  });
  app.on('will-quit', (event) => {
    // The backup on quit finishes first; the app quits again when it is written.
    const quitting = backups;
    backups = undefined;
    if (quitting && !event) quitting.stop();
    if (quitting && event) {
      event.preventDefault();
      void quitting.onQuit().finally(() => app.quit());
      return;
    }
    for (const cleanup of cleanups.splice(0)) cleanup();
    void lanShare?.close();
    desk?.close();
    desk = undefined;
  });

  void app.whenReady().then(() => {
    if (!isDev) serveAppProtocol(join(__dirname, '../renderer'), CONTENT_SECURITY_POLICY);
    lockDownSession(session.defaultSession, security);
    guardDownloads(session.defaultSession);
    try {
      desk = openAppDesk();
    } catch (error) {
      // A refused database (newer than the app, failed check, wrong native build) is told
      // plainly; there is nothing to show without it.
      dialog.showErrorBox(
        'Newsdesk',
        `无法打开数据库 / Cannot open the database:\n${messageOf(error)}`,
      );
      app.quit();
      return;
    }
    remote = new RemoteConnection(join(app.getPath('userData'), 'lan-connection.json'));
    const connection = remote;
    // 在局域网共享本报: the same host as `serve --lan`, on this desk, while lan.share is on.
    const share = startLanShare({
      desk,
      staticDir: join(__dirname, '../renderer'),
      log: (line) => console.log(line),
    });
    lanShare = share;
    const shellCalls = createShellCalls({
      lanStatus: () => share.status(),
      remote: connection,
      showRemote: () => switchTo(() => {}),
    });
    cleanups.push(registerIpc({ desk, appUrl, windows, sessions, shellCalls }));
    // Story files dropped in the folder the import.inbox setting names are filed as they come.
    const inbox = watchInboxSetting(desk, (line) => console.log(line));
    cleanups.push(() => inbox.close());
    const appMenu = installMenu(desk, isDev, {
      connected: () => remoteTarget() !== null,
      onUseOwnPaper: () => switchTo(() => connection.disconnect()),
    });
    menu = appMenu;
    cleanups.push(() => appMenu.dispose());
    backups = startAppBackups(desk);
    windows.open();
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
