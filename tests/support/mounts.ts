import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A small tmpfs of its own (root only): a disk that really fills, or a read-only folder. */
export function mountTmpfs(size: string, readonly = false): { dir: string; unmount(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-mount-'));
  const options = `size=${size}${readonly ? ',ro' : ''}`;
  const run = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir]);
  if (run.status !== 0) throw new Error(`mount tmpfs: ${String(run.stderr).trim()}`);
  return {
    dir,
    unmount() {
      spawnSync('umount', [dir]);
      rmdirSync(dir);
    },
  };
}

/** Whether this machine lets the tests mount a tmpfs (root in a container that allows it). */
export function canMountTmpfs(): boolean {
  try {
    mountTmpfs('64k').unmount();
    return true;
  } catch {
    return false;
  }
}
