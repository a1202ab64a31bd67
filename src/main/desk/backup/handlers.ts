import type { Handlers } from '../../../shared/contract';
import type { BackupFile } from '../../../shared/contract/domains/backup';
import { listBackups } from '../../store/auto-backup';
import type { HandlerContext } from '../context';
import { folderOf, requireBackupRight } from './prepare';

export const backupHandlers: Handlers<
  HandlerContext,
  'backup.list' | 'backup.create' | 'backup.restore'
> = {
  'backup.list': (_args, ctx) => {
    requireBackupRight(ctx);
    const folder = folderOf(ctx);
    const backups = listBackups(folder).map(({ name, bytes, at, reason }) => ({
      name,
      bytes,
      at,
      reason,
    }));
    return { folder, backups };
  },
  'backup.create': (_args, ctx) => {
    const made = ctx.prepared as BackupFile;
    ctx.audit('backup.create', `backup:${made.name}`, `${made.bytes} bytes`);
    return made;
  },
  'backup.restore': (_args, ctx) => {
    const restored = ctx.prepared as { path: string; from: string; current: string };
    ctx.audit('backup.restore', `backup:${restored.from}`, `into ${restored.path}`);
    return restored;
  },
};
