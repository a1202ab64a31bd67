// Output files of `export`: checked before any work (a clear line, nothing composed), then
// written under a temporary name in the same folder and renamed, so a file is never seen
// half-written and a failure leaves nothing behind.

import { accessSync, constants, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { Refusal } from '../cli-error';

/** The absolute path, or a Refusal naming why it cannot be written. */
export function checkOutputPath(path: string, flag: string): string {
  const full = resolve(path);
  const dir = dirname(full);
  let folder: ReturnType<typeof statSync>;
  try {
    folder = statSync(dir);
  } catch {
    throw new Refusal(`${flag} ${path}: folder ${dir} does not exist`);
  }
  if (!folder.isDirectory()) throw new Refusal(`${flag} ${path}: ${dir} is not a folder`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new Refusal(`${flag} ${path}: folder ${dir} is not writable`);
  }
  try {
    const existing = statSync(full);
    if (existing.isDirectory()) throw new Refusal(`${flag} ${path}: is a folder`);
    accessSync(full, constants.W_OK);
  } catch (error) {
    if (error instanceof Refusal) throw error;
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') {
      throw new Refusal(`${flag} ${path}: not writable`);
    }
  }
  return full;
}

export interface StagedFile {
  temp: string;
  path: string;
}

export function stage(path: string, data: string | Buffer): StagedFile {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(temp, data);
  return { temp, path };
}

/** Renames every staged file into place, or removes them all when one stage failed. */
export function commit(files: StagedFile[]): void {
  for (const f of files) renameSync(f.temp, f.path);
}

export function discard(files: StagedFile[]): void {
  for (const f of files) rmSync(f.temp, { force: true });
}
