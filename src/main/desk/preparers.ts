import type { Args, HandlerName } from '../../shared/contract';
import type { Profile } from '../../shared/model/profile';
import type { PrintJob } from '../export/print-pdf';
import type { Store } from '../store/store';
import { prepareExportHtml, prepareExportPdf } from './export/prepare';
import { prepareImport } from './import/prepare';

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
  /** How this desk prints a PDF: Electron's printToPDF in the app, a system Chromium elsewhere. */
  printPdf: PrintPdf;
}

/** Prints the document `make` makes. A printer may start its browser first, so that it
 * starts while the issue is being composed; an error from `make` is the call's error. */
export type PrintPdf = (make: () => Promise<PrintJob>) => Promise<Buffer>;

export const preparers: { [N in HandlerName]?: Preparer<N> } = {
  'story.import': prepareImport,
  'export.html': prepareExportHtml,
  'export.pdf': prepareExportPdf,
};
