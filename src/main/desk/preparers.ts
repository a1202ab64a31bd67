import type { Args, HandlerName } from '../../shared/contract';
import { prepareImport } from './import/prepare';

/**
 * Async work a call needs before its transaction, which better-sqlite3 runs synchronously:
 * reading a .docx through mammoth, decoding files. The desk awaits the preparer outside the
 * transaction and hands its result to the handler as `ctx.prepared`; the handler only writes.
 */
export type Preparer<N extends HandlerName> = (args: Args<N>) => Promise<unknown>;

export const preparers: { [N in HandlerName]?: Preparer<N> } = {
  'story.import': prepareImport,
};
