// A backup and a restore run in a worker for seconds on a large paper: outside the call's
// transaction (preparers.ts), so nobody waits for them; the handler records the result.
import { dirname, join } from 'node:path';
import { ApiError, type Args, because } from '../../../shared/contract';
import type { BackupFile } from '../../../shared/contract/domains/backup';
import { can } from '../../../shared/model/roles';
import { autoBackup, backupFileName, backupFolder, listBackups } from '../../store/auto-backup';
import { BackupRefused, restoreFrom } from '../../store/backup';
import { StoreError } from '../../store/store-error';
import type { PrepareEnv } from '../preparers';

export function requireBackupRight(env: Pick<PrepareEnv, 'actor'>): void {
  const { actor } = env;
  if (!actor) throw new ApiError('unauthorized', 'pick a profile first (who is working?)');
  if (!can(actor.role, 'settings.write')) {
    throw new ApiError('forbidden', `${actor.name} (${actor.role}) may not manage backups`);
  }
}

export function folderOf(env: Pick<PrepareEnv, 'store' | 'dbPath'>): string {
  return backupFolder(env.dbPath, env.store.settings.all()['backup.folder']);
}

export async function prepareBackupCreate(_args: unknown, env: PrepareEnv): Promise<BackupFile> {
  requireBackupRight(env);
  const keep = env.store.settings.all()['backup.keep'];
  const folder = folderOf(env);
  const made = await refusing(folder, () => autoBackup(env.dbPath, folder, 'manual', keep));
  return { name: made.name, bytes: made.bytes, at: made.at, reason: made.reason };
}

export async function prepareBackupRestore(
  args: Args<'backup.restore'>,
  env: PrepareEnv,
): Promise<{ path: string; from: string; current: string }> {
  requireBackupRight(env);
  const file = listBackups(folderOf(env)).find((f) => f.name === args.name);
  if (!file) throw new ApiError('not-found', `${args.name}: no such backup`, 'name');
  const target = join(
    dirname(env.dbPath),
    backupFileName(new Date(), 'manual').replace('-manual.sqlite', '-restored.sqlite'),
  );
  await refusing(args.name, () => restoreFrom(file.path, target));
  return { path: target, from: file.path, current: env.dbPath };
}

/** A store refusal as a reason the UI words: the backup failed its check, or the write failed. */
async function refusing<T>(name: string, action: () => Promise<T>): Promise<T> {
  try {
    return await action();
  } catch (error) {
    if (error instanceof BackupRefused) {
      throw new ApiError('refused', error.message, 'name', because('backup-refused', { name }));
    }
    if (error instanceof StoreError) {
      throw new ApiError('refused', error.message, undefined, because('backup-failed', { name }));
    }
    throw error;
  }
}
