import { z } from 'zod';
import { None } from '../wire/common';

/** One of the app's own backups, as the 恢复 (Restore) screen lists it. */
export const BackupFile = z.object({
  name: z.string(),
  bytes: z.number().int().nonnegative(),
  /** When it was made (ISO). */
  at: z.string(),
  /** daily, quit, manual, before-vN (before an upgrade). */
  reason: z.string(),
});
export type BackupFile = z.infer<typeof BackupFile>;

const BackupName = z
  .string()
  .regex(/^newsdesk-\d{8}-\d{6}-[a-z0-9-]+\.sqlite$/, 'not a backup of this app');

export const backupApi = {
  /** The backup folder (the backup.folder setting, else beside the database), newest first. */
  'backup.list': {
    args: None,
    result: z.object({ folder: z.string(), backups: z.array(BackupFile) }),
  },
  /** A backup now, into the backup folder (keeping backup.keep of them). */
  'backup.create': { args: None, result: BackupFile },
  /**
   * Checks a backup (a Newsdesk file, integrity_check) and restores it into a NEW database
   * file beside the current one; the current paper is not touched. `current` is the running
   * paper's file, which the restored one would replace once everyone has stopped.
   */
  'backup.restore': {
    args: z.object({ name: BackupName }).strict(),
    result: z.object({ path: z.string(), from: z.string(), current: z.string() }),
  },
} as const;
