import type { Args, HandlerName } from '../../shared/contract';
import type { Profile } from '../../shared/model/profile';
import type { Store } from '../store/store';
import { prepareBackupCreate, prepareBackupRestore } from './backup/prepare';
import { prepareExportHtml, prepareExportPdf } from './export/prepare';
import { prepareImport } from './story/import-prepare';

/**
 * Async work a call needs before its transaction, which better-sqlite3 runs synchronously:
 * reading a .docx through mammoth, decoding files. The desk awaits the preparer outside the
 * transaction and hands its result to the handler as `ctx.prepared`; the handler only writes.
 */
export type Preparer<N extends HandlerName> = (args: Args<N>, env: PrepareEnv) => Promise<unknown>;

/** Reads only: a preparer runs outside the transaction (export composes and prints here). */
export interface PrepareEnv {
  store: Store;
  actor: Profile | null;
  /** The database file (backups read it from a connection of their own). */
  dbPath: string;
}

export const preparers: { [N in HandlerName]?: Preparer<N> } = {
  'story.import': prepareImport,
  'export.html': prepareExportHtml,
  'export.pdf': prepareExportPdf,
  'backup.create': prepareBackupCreate,
  'backup.restore': prepareBackupRestore,
};
