import { resolve } from 'node:path';
import { backupTo, restoreFrom } from '../../store/backup';
import { openDatabase } from '../../store/open-database';
import { StoreError } from '../../store/store-error';
import { Refusal, UsageError } from '../cli-error';
import type { Command } from '../command';

export const backupCommand: Command = {
  usage: 'backup FILE',
  summary: 'online backup of the database into a new file',
  async run(ctx, words) {
    const [file, ...extra] = words;
    if (!file || extra.length) throw new UsageError(`usage: newsdesk ${backupCommand.usage}`);
    const target = resolve(file);
    await refusing(async () => {
      const db = openDatabase(ctx.dbPath);
      try {
        await backupTo(db, target);
      } finally {
        db.close();
      }
    });
    ctx.print({ backup: target, from: ctx.dbPath }, () => [`backup written: ${target}`]);
  },
};

export const restoreCommand: Command = {
  usage: 'restore FILE',
  summary: 'restores a backup into a new database file (--db)',
  async run(ctx, words) {
    const [file, ...extra] = words;
    if (!file || extra.length) throw new UsageError(`usage: newsdesk ${restoreCommand.usage}`);
    const source = resolve(file);
    await refusing(() => restoreFrom(source, ctx.dbPath));
    ctx.print({ restored: ctx.dbPath, from: source }, () => [
      `restored ${source} into ${ctx.dbPath}`,
    ]);
  },
};

async function refusing(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof StoreError) throw new Refusal(error.message);
    throw error;
  }
}
