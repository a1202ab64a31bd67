// The font files, read once per process: the engine's metrics (fontkit) and the export's
// subsetter read the same four ~10–15 MB TTFs, and a CLI export would read each twice.

import { readFileSync } from 'node:fs';

const read = new Map<string, Buffer>();

export function fontBytes(path: string): Buffer {
  let bytes = read.get(path);
  if (!bytes) {
    bytes = readFileSync(path);
    read.set(path, bytes);
  }
  return bytes;
}
