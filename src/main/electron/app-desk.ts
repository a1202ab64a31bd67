import { join } from 'node:path';
import { app } from 'electron';
import { openDesk } from '../desk/open-desk';
import type { Desk } from '../desk/types';
import { electronNativeBinding } from './native-binding';
import { printToPdf } from './print-to-pdf';

/** The per-user database: one SQLite file in Electron's userData folder. */
export function defaultDbPath(): string {
  return join(app.getPath('userData'), 'newsdesk.sqlite');
}

/** Opens the desk the app works on, with the Electron build of better-sqlite3 when present. */
export function openAppDesk(): Desk {
  return openDesk({
    dbPath: defaultDbPath(),
    nativeBinding: electronNativeBinding(app.getAppPath()),
    // Print with Electron's own Chromium: the user's machine may have no other browser.
    printPdf: async (make) => {
      const job = await make();
      return printToPdf(job.html, job);
    },
  });
}
