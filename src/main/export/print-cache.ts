// What an export derives from content that does not change — a photo converted to the
// paper's colour, a face subset to a charset — kept as files named by the hash of what made
// them, so the next export (a CLI run is a new process) embeds them without redoing the
// work. Beside the database, not in it: derived bytes stay out of backups, and deleting the
// folder loses nothing. A write goes to a temporary file renamed into place, so a reader
// never sees half a file; the oldest files go once there are more than a few issues' worth.

import { createHash } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export interface PrintCache {
  get(key: string): Buffer | undefined;
  put(key: string, bytes: Uint8Array): void;
}

/** Four photos in two colours and eight faces, for several issues. */
const KEEP = 96;

const fileName = (key: string) => `${createHash('sha256').update(key).digest('hex')}.bin`;

export function fileCache(dir: string, keep = KEEP): PrintCache {
  return {
    get(key) {
      try {
        return readFileSync(join(dir, fileName(key)));
      } catch {
        return undefined;
      }
    },
    put(key, bytes) {
      try {
        mkdirSync(dir, { recursive: true });
        const file = join(dir, fileName(key));
        const temp = `${file}.${process.pid}.tmp`;
        writeFileSync(temp, bytes);
        renameSync(temp, file);
        prune(dir, keep);
      } catch {
        // A cache that cannot be written only costs the next export the work again.
      }
    },
  };
}

function prune(dir: string, keep: number): void {
  const files = readdirSync(dir).filter((f) => f.endsWith('.bin'));
  if (files.length <= keep) return;
  const byAge = files
    .map((f) => ({ f, t: statSync(join(dir, f)).mtimeMs }))
    .sort((a, b) => a.t - b.t);
  for (const { f } of byAge.slice(0, files.length - keep)) unlinkSync(join(dir, f));
}

/** The cache of the database at `dbPath` (none for an in-memory database). */
export function printCacheFor(dbPath: string): PrintCache | undefined {
  if (dbPath === '' || dbPath === ':memory:') return undefined;
  return fileCache(join(dirname(dbPath), 'print-cache'));
}
