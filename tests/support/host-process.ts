// A Newsdesk HTTP host in a process of its own, for tests and the soak that need several
// processes on one database file. Run with `node --import tsx host-process.ts DB STATIC_DIR`;
// prints one JSON line { origin, dbPath, pid } once listening, and serves until killed.
import { appendFileSync } from 'node:fs';
import { startHost } from '../../src/main/host/http-host';

// Diagnostics for the soak: NEWSDESK_MEMORY_LOG=FILE appends this process's memory every 5 s.
const memoryLog = process.env.NEWSDESK_MEMORY_LOG;
if (memoryLog) {
  setInterval(() => {
    // With --expose-gc the heap is measured after a full collection: a leak shows as a trend.
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    const mb = (n: number) => Math.round(n / 10_485.76) / 100;
    const line = {
      pid: process.pid,
      t: Date.now(),
      rss: mb(m.rss),
      heap: mb(m.heapUsed),
      heapTotal: mb(m.heapTotal),
      external: mb(m.external),
      buffers: mb(m.arrayBuffers),
    };
    appendFileSync(memoryLog, `${JSON.stringify(line)}\n`);
  }, 5000).unref();
}

const [dbPath, staticDir] = process.argv.slice(2);
if (!dbPath || !staticDir) {
  process.stderr.write('usage: host-process.ts DB STATIC_DIR\n');
  process.exit(2);
}
startHost({ dbPath, staticDir }).then(
  (host) => {
    process.stdout.write(`${JSON.stringify({ origin: host.origin, dbPath, pid: process.pid })}\n`);
    const stop = () => void host.close().then(() => process.exit(0));
    process.once('SIGTERM', stop);
    process.once('SIGINT', stop);
  },
  (error: unknown) => {
    process.stderr.write(`host-process: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  },
);
