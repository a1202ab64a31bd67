import { join } from 'node:path';
import { app } from 'electron';
import { type BackupSchedule, startBackupSchedule } from '../desk/backup/schedule';
import { openDesk } from '../desk/open-desk';
import type { Desk } from '../desk/types';
import { electronNativeBinding } from './native-binding';

/** The per-user database: one SQLite file in Electron's userData folder. */
export function defaultDbPath(): string {
  return join(app.getPath('userData'), 'newsdesk.sqlite');
}

/** Opens the desk the app works on, with the Electron build of better-sqlite3 when present. */
export function openAppDesk(): Desk {
  return openDesk({
    dbPath: defaultDbPath(),
    nativeBinding: electronNativeBinding(app.getAppPath()),
  });
}

/** The app's own backups: daily at the paper's set time and on quit (desk/backup/schedule). */
export function startAppBackups(desk: Desk): BackupSchedule {
  return startBackupSchedule({
    dbPath: desk.dbPath,
    nativeBinding: electronNativeBinding(app.getAppPath()),
    log: (line) => console.log(line),
  });
}
