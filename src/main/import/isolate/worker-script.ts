// Where the reader's thread starts. Built (the Electron main bundle, the CLI bundle), it is
// the read-worker bundle beside this code; from the sources (tests, the CLI before a build),
// a small CommonJS start that registers tsx and requires read-worker.ts.

import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface WorkerScript {
  script: string;
  eval: boolean;
  workerData?: { tsx: string; entry: string };
}

const FROM_SOURCES = `const { workerData } = require('node:worker_threads');
require(workerData.tsx);
require(workerData.entry);`;

export function readWorkerScript(): WorkerScript {
  if (__filename.endsWith('.ts')) {
    const tsx = createRequire(__filename).resolve('tsx/cjs');
    return {
      script: FROM_SOURCES,
      eval: true,
      workerData: { tsx, entry: join(__dirname, 'read-worker.ts') },
    };
  }
  // A bundler may put this code in a chunk one folder below its entry.
  for (const folder of [__dirname, dirname(__dirname)]) {
    for (const name of ['read-worker.js', 'read-worker.cjs']) {
      const script = join(folder, name);
      if (existsSync(script)) return { script, eval: false };
    }
  }
  throw new Error(`the story reader (read-worker.js) is not beside ${__filename}`);
}
