// A watched folder: reporters (or a mail rule) drop .md, .txt and .docx files in it; each is
// filed as the profile it names, then moved to done/, or to failed/ with NAME.error.txt
// beside it saying why. fs.watch reacts at once; a periodic rescan catches what it misses
// (network shares, events lost while busy). A file is moved to importing/ before it is read,
// so one that stopped the desk is found there at the next start and goes to failed/: no file
// is ever tried twice.

import { type FSWatcher, watch } from 'node:fs';
import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { Desk } from '../desk/types';
import { importArgsFromDisk } from './disk-files';
import { formatOf } from './formats';
import { inboxAuthor } from './inbox-author';
import { readStoryFileIsolated } from './isolate/story-reader';

/** Where a file waits while it is read and filed. */
const IMPORTING = 'importing';

export interface InboxOptions {
  dir: string;
  desk: Desk;
  log?: (line: string) => void;
  /** Milliseconds between rescans; 0 for none (tests call scan()). */
  rescanMs?: number;
  /** A file is taken once unchanged this long, so one still being copied is left alone. */
  settleMs?: number;
}

export interface Inbox {
  /** Imports what is waiting now; resolves when done. */
  scan(): Promise<void>;
  close(): void;
}

export async function startInbox(options: InboxOptions): Promise<Inbox> {
  const { dir, desk, rescanMs = 5000, settleMs = 1000 } = options;
  const log = options.log ?? (() => {});
  await mkdir(join(dir, 'done'), { recursive: true });
  await mkdir(join(dir, 'failed'), { recursive: true });
  await mkdir(join(dir, IMPORTING), { recursive: true });
  await failInterrupted(dir, log);

  let running: Promise<void> | null = null;
  let again = false;
  // One scan at a time; a request during a scan makes it look once more when it is done.
  // `running` is cleared in the same step as the last look, so no request falls between.
  const drain = async () => {
    try {
      while (again) {
        again = false;
        for (const name of await waiting(dir, settleMs)) await take(dir, name, desk, log);
      }
    } finally {
      running = null;
    }
  };
  const scan = (): Promise<void> => {
    again = true;
    running ??= drain();
    return running;
  };
  const onError = (error: unknown) => log(`newsdesk: inbox ${dir}: ${String(error)}`);
  const kick = () => void scan().catch(onError);

  let watcher: FSWatcher | null = null;
  try {
    watcher = watch(dir, kick);
    watcher.on('error', onError);
  } catch (error) {
    onError(error); // the rescan still works
  }
  const timer = rescanMs > 0 ? setInterval(kick, rescanMs) : null;
  timer?.unref();
  kick();
  return {
    scan,
    close() {
      watcher?.close();
      if (timer) clearInterval(timer);
    },
  };
}

/** Story files in the inbox that have settled, oldest name first; hidden and temp files not. */
async function waiting(dir: string, settleMs: number): Promise<string[]> {
  const names: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (!entry.isFile() || /^[.~]/.test(entry.name) || !formatOf(entry.name)) continue;
    const info = await stat(join(dir, entry.name)).catch(() => null);
    // mtime has a fraction of a millisecond that Date.now() lacks: floor it.
    if (info && Date.now() - Math.floor(info.mtimeMs) >= settleMs) names.push(entry.name);
  }
  return names.sort();
}

async function take(dir: string, name: string, desk: Desk, log: (line: string) => void) {
  let path: string;
  try {
    path = await freePath(join(dir, IMPORTING), name);
    await rename(join(dir, name), path);
  } catch (error) {
    log(`newsdesk: inbox: ${name}: ${error instanceof Error ? error.message : error}`);
    return; // gone meanwhile, or the folder is not writable: nothing was read
  }
  try {
    const args = await importArgsFromDisk(path, name, { confine: true, folder: dir });
    const story = await readStoryFileIsolated(name, await readFile(path));
    const author = await inboxAuthor(desk, name, story);
    const reply = await desk.call('story.import', args, { actorId: author.id });
    if (!reply.ok) throw new Error(reply.error.message); // it names the file already
    const id = (reply.result as { id: number }).id;
    await rename(path, await freePath(join(dir, 'done'), name));
    log(`newsdesk: inbox: ${name} filed as story ${id} by ${author.name}`);
  } catch (error) {
    await moveToFailed(
      dir,
      path,
      name,
      error instanceof Error ? error.message : String(error),
      log,
    );
  }
}

/** failed/NAME and failed/NAME.error.txt saying why; the reason is logged too. */
async function moveToFailed(
  dir: string,
  path: string,
  name: string,
  message: string,
  log: (line: string) => void,
) {
  log(`newsdesk: inbox: ${message}`);
  try {
    const target = await freePath(join(dir, 'failed'), name);
    await rename(path, target);
    await writeFile(`${target}.error.txt`, `${message}\n`);
  } catch (error) {
    // Left in importing/, it goes to failed/ at the next start.
    log(`newsdesk: inbox: ${name}: ${error instanceof Error ? error.message : error}`);
  }
}

/** What the desk was importing when it stopped: refused, never tried again. */
async function failInterrupted(dir: string, log: (line: string) => void) {
  for (const entry of await readdir(join(dir, IMPORTING), { withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const message = `${entry.name}: import interrupted (the desk stopped while reading it); check the desk for the story before sending the file again`;
    await moveToFailed(dir, join(dir, IMPORTING, entry.name), entry.name, message, log);
  }
}

/** `folder/name`, or `folder/stem-2.ext` and so on when a file of that name is there. */
async function freePath(folder: string, name: string): Promise<string> {
  const ext = extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let n = 1; ; n++) {
    const candidate = join(folder, n === 1 ? name : `${stem}-${n}${ext}`);
    if (!(await stat(candidate).catch(() => null))) return candidate;
  }
}
