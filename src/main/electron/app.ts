import { join } from 'node:path';
import { app, dialog, session } from 'electron';
import type { Desk } from '../desk/types';
import { watchInboxSetting } from '../import/settings-inbox';
import { openAppDesk } from './app-desk';
import { resolveAppUrl } from './app-url';
import { guardDownloads } from './downloads';
import { registerIpc } from './ipc';
import { MainWindows } from './main-windows';
import { installMenu } from './menu';
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
  const appUrl = resolveAppUrl({
    isDev,
    devServerUrl: process.env.ELECTRON_RENDERER_URL,
    rendererIndexPath: join(__dirname, '../renderer/index.html'),
  });
  const security = { appUrl, isDev };
  guardAllWebContents(security);

  const sessions = new WindowSessions();
  const cleanups: Array<() => void> = [];
  let desk: Desk | undefined;
  const windows = new MainWindows(
    {
      preloadPath: join(__dirname, '../preload/index.js'),
      appUrl,
      isDev,
      // The window icon on Linux and Windows (the packaged app takes it from resources/ too).
      iconPath: join(__dirname, '../../resources/icon.png'),
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

  app.on('second-instance', () => windows.focus());
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (desk && windows.all().length === 0) windows.open();
  });
  app.on('will-quit', () => {
    for (const cleanup of cleanups.splice(0)) cleanup();
    desk?.close();
    desk = undefined;
  });

  void app.whenReady().then(() => {
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
    cleanups.push(registerIpc({ desk, appUrl, windows, sessions }));
    // Story files dropped in the folder the import.inbox setting names are filed as they come.
    const inbox = watchInboxSetting(desk, (line) => console.log(line));
    cleanups.push(() => inbox.close());
    cleanups.push(installMenu(desk, isDev));
    windows.open();
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
