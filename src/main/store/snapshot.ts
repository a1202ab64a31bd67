import { statSync } from 'node:fs';
import { Worker } from 'node:worker_threads';

export interface SnapshotOptions {
  /** better_sqlite3.node built for Electron's ABI (the app); Node's build otherwise. */
  nativeBinding?: string;
  /** Called about every 200 ms with the bytes written and the bytes expected. */
  onProgress?: (done: number, total: number) => void;
  /** Reads the size of the file being written (fs.statSync by default). */
  sizeOf?: (path: string) => number;
}

export class SnapshotError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
  }
}

// Runs in a worker thread, so a large paper's backup neither blocks the desk's event loop
// nor stops anyone saving. VACUUM INTO copies one read transaction's view of the database:
// a consistent snapshot that writes from other connections cannot restart (WAL readers do
// not block writers). Plain JavaScript, so it runs the same from sources, the CLI bundle
// and the Electron build.
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.module);
let db;
try {
  const options = { fileMustExist: true, timeout: 10000, readonly: workerData.readonly };
  if (workerData.nativeBinding) options.nativeBinding = workerData.nativeBinding;
  db = new Database(workerData.source, options);
  const pages = db.pragma('page_count', { simple: true });
  const size = db.pragma('page_size', { simple: true });
  parentPort.postMessage({ total: pages * size });
  db.prepare('VACUUM INTO ?').run(workerData.target);
  parentPort.postMessage({ done: true });
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message), code: error && error.code });
} finally {
  if (db) db.close();
}
`;

/**
 * Copies the database at `source` into the new file `target` (which must not exist) as one
 * consistent snapshot. `readonly` opens the source read-only (a backup being restored).
 */
export function snapshot(
  source: string,
  target: string,
  readonly: boolean,
  options: SnapshotOptions = {},
): Promise<void> {
  const sizeOf = options.sizeOf ?? defaultSizeOf;
  const worker = new Worker(WORKER, {
    eval: true,
    workerData: {
      module: require.resolve('better-sqlite3'),
      nativeBinding: options.nativeBinding,
      source,
      target,
      readonly,
    },
  });
  let total = 0;
  const report = () => {
    if (total > 0) options.onProgress?.(Math.min(sizeOf(target), total), total);
  };
  const timer = options.onProgress ? setInterval(report, 200) : undefined;
  return new Promise<void>((resolve, reject) => {
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      if (timer) clearInterval(timer);
      if (error) reject(error);
      else {
        options.onProgress?.(total, total);
        resolve();
      }
    };
    worker.on(
      'message',
      (message: { total?: number; done?: boolean; error?: string; code?: string }) => {
        if (message.total !== undefined) total = message.total;
        if (message.done) finish();
        if (message.error !== undefined) finish(new SnapshotError(message.error, message.code));
      },
    );
    worker.on('error', (error) => finish(new SnapshotError(error.message, undefined)));
    worker.on('exit', () => finish(new SnapshotError('the backup worker stopped', undefined)));
  });
}

function defaultSizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
