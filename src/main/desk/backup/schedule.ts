import type { Settings } from '../../../shared/model/settings';
import { autoBackup, type BackupReason, backupFolder, listBackups } from '../../store/auto-backup';
import { openDatabase } from '../../store/open-database';
import { createSettingsRepo } from '../../store/repos/settings';

export interface ScheduleOptions {
  dbPath: string;
  /** Where a failed backup is reported (one line); the app goes on. */
  log: (line: string) => void;
  nativeBinding?: string;
  now?: () => Date;
  /** How often the clock is checked (default one minute). */
  everyMs?: number;
}

export interface BackupSchedule {
  /** Runs the daily backup if it is due; the timer calls this every minute. */
  tick(): Promise<void>;
  /** The backup on quit; resolves when it is written (or has failed and been logged). */
  onQuit(): Promise<void>;
  stop(): void;
}

/**
 * The last time the daily backup was due at or before `now`: today at `time` (HH:MM, local)
 * once that has passed, else yesterday at `time`.
 */
export function lastDailyDue(now: Date, time: string): Date {
  const [h, m] = time.split(':').map(Number);
  const due = new Date(now.getFullYear(), now.getMonth(), now.getDate(), h ?? 0, m ?? 0, 0, 0);
  if (due > now) due.setDate(due.getDate() - 1);
  return due;
}

/** Due when no daily backup was made since the last due time. */
export function dailyIsDue(now: Date, time: string, lastDaily: Date | undefined): boolean {
  return !lastDaily || lastDaily < lastDailyDue(now, time);
}

/**
 * The desktop app's own backups: daily at the backup.time setting and on quit, into the
 * backup.folder setting (else beside the database), keeping backup.keep of them. The
 * settings are read at each check, so a change applies without a restart.
 */
export function startBackupSchedule(options: ScheduleOptions): BackupSchedule {
  const now = options.now ?? (() => new Date());
  let running: Promise<void> = Promise.resolve();

  function settings(): Settings {
    const db = openDatabase(options.dbPath, {
      readonly: true,
      nativeBinding: options.nativeBinding,
    });
    try {
      return createSettingsRepo(db).all();
    } finally {
      db.close();
    }
  }

  function backup(why: BackupReason, onlyIfDue: boolean): Promise<void> {
    // One at a time: a quit during the daily backup waits for it, then makes its own.
    running = running.then(async () => {
      try {
        const s = settings();
        const folder = backupFolder(options.dbPath, s['backup.folder']);
        if (onlyIfDue) {
          const last = listBackups(folder).find((f) => f.reason === 'daily');
          if (!dailyIsDue(now(), s['backup.time'], last && new Date(last.at))) return;
        }
        await autoBackup(options.dbPath, folder, why, s['backup.keep'], {
          nativeBinding: options.nativeBinding,
          now: now(),
        });
      } catch (error) {
        options.log(
          `newsdesk: ${why} backup failed: ${error instanceof Error ? error.message : error}`,
        );
      }
    });
    return running;
  }

  const timer = setInterval(() => void backup('daily', true), options.everyMs ?? 60_000);
  timer.unref();
  return {
    tick: () => backup('daily', true),
    onQuit: () => {
      clearInterval(timer);
      return backup('quit', false);
    },
    stop: () => clearInterval(timer),
  };
}
