import { resolve } from 'node:path';
import { backupTo, restoreFrom } from '../../store/backup';
import { openDatabase } from '../../store/open-database';
import { StoreError } from '../../store/store-error';
import { Refusal, UsageError } from '../cli-error';
import { defineCommand } from '../command';

const PROGRESS = { progress: { type: 'boolean' } } as const;

export const backupCommand = defineCommand({
  usage: 'backup FILE [--progress]',
  summary: 'a consistent backup of the database into a new file, while people work',
  options: PROGRESS,
  async run(ctx, words, flags) {
    const [file, ...extra] = words;
    if (!file || extra.length) throw new UsageError(`usage: newsdesk ${backupCommand.usage}`);
    const target = resolve(file);
    await refusing(async () => {
      openDatabase(ctx.dbPath, { readonly: true }).close(); // ours, intact, not newer
      await backupTo(ctx.dbPath, target, { onProgress: progressLine(flags.progress === true) });
    });
    ctx.print({ backup: target, from: ctx.dbPath }, () => [`backup written: ${target}`]);
  },
});

export const restoreCommand = defineCommand({
  usage: 'restore FILE [--progress]',
  summary: 'checks a backup and restores it into a new database file (--db)',
  options: PROGRESS,
  async run(ctx, words, flags) {
    const [file, ...extra] = words;
    if (!file || extra.length) throw new UsageError(`usage: newsdesk ${restoreCommand.usage}`);
    const source = resolve(file);
    await refusing(() =>
      restoreFrom(source, ctx.dbPath, { onProgress: progressLine(flags.progress === true) }),
    );
    ctx.print({ restored: ctx.dbPath, from: source }, () => [
      `restored ${source} into ${ctx.dbPath}`,
    ]);
  },
});

/** Progress on stderr, one line rewritten in place: on a terminal, or with --progress. */
function progressLine(asked: boolean): ((done: number, total: number) => void) | undefined {
  if (!asked && !process.stderr.isTTY) return undefined;
  let last = -1;
  return (done, total) => {
    const percent = total > 0 ? Math.floor((done / total) * 100) : 100;
    if (percent === last) return;
    last = percent;
    const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
    const end = percent === 100 ? '\n' : '';
    process.stderr.write(`\rnewsdesk: ${percent}% (${mb(done)} of ${mb(total)} MB)${end}`);
  };
}

async function refusing(action: () => Promise<void>): Promise<void> {
  try {
    await action();
  } catch (error) {
    if (error instanceof StoreError) throw new Refusal(error.message);
    throw error;
  }
}
