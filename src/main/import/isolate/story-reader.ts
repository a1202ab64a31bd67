// Story files are read on a worker thread with a heap ceiling and a clock: a file that
// inflates, loops or eats memory costs its own import (one line naming it), never the desk's
// thread, which goes on answering everyone else. One file at a time per reader; the thread
// is kept between files and ends after a quiet spell, or at once when a file went wrong.

import { Worker } from 'node:worker_threads';
import { ImportError } from '../import-error';
import type { ReadStory } from '../read-story-file';
import { READ_LIMITS, type ReadLimits } from './read-limits';
import type { ReaderReply, ReaderRequest } from './reader-messages';
import { readWorkerScript } from './worker-script';

/** Starting the thread from the sources compiles the reader first: allow for a slow machine. */
const START_MS = 120_000;

interface Running {
  worker: Worker;
  ready: Promise<void>;
}

export class StoryReader {
  private running: Running | null = null;
  private tail: Promise<unknown> = Promise.resolve();
  private idle: NodeJS.Timeout | null = null;
  private nextId = 1;

  constructor(
    readonly limits: ReadLimits = READ_LIMITS,
    private readonly idleMs = 30_000,
  ) {}

  /** The story in `bytes`; an ImportError naming `fileName` when it is refused. */
  read(fileName: string, bytes: Uint8Array): Promise<ReadStory> {
    const turn = this.tail.then(() => this.readNow(fileName, bytes));
    this.tail = turn.catch(() => {});
    return turn;
  }

  close(): void {
    this.stop();
  }

  private async readNow(fileName: string, bytes: Uint8Array): Promise<ReadStory> {
    if (this.idle) clearTimeout(this.idle);
    const running = this.start();
    running.worker.ref(); // an import in progress keeps the process alive; an idle reader not
    let reply: ReaderReply;
    try {
      await running.ready;
      reply = await this.ask(running.worker, fileName, bytes);
    } catch (error) {
      this.stop(); // out of time, out of memory or dead: the next file gets a fresh thread
      throw new ImportError(fileName, { message: stoppedMessage(error, this.limits) });
    } finally {
      if (this.running) {
        this.running.worker.unref();
        this.idle = setTimeout(() => this.stop(), this.idleMs);
        this.idle.unref();
      }
    }
    if (!reply.ok) throw new ImportError(fileName, reply.problem);
    return reply.story;
  }

  private ask(worker: Worker, fileName: string, bytes: Uint8Array): Promise<ReaderReply> {
    const id = this.nextId++;
    const request: ReaderRequest = { id, fileName, bytes, limits: this.limits };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new TimeUp()), this.limits.timeMs);
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const onMessage = (reply: ReaderReply) => {
        if (reply.id !== id) return;
        done();
        resolve(reply);
      };
      const onExit = (code: number) => {
        done();
        reject(new Error(`the reader exited with code ${code}`));
      };
      const onError = (error: Error) => {
        done();
        reject(error);
      };
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(request);
    });
  }

  private start(): Running {
    if (this.running) return this.running;
    const { script, eval: isCode, workerData } = readWorkerScript();
    const worker = new Worker(script, {
      eval: isCode,
      workerData,
      resourceLimits: { maxOldGenerationSizeMb: this.limits.memoryMb },
      stdout: false,
      stderr: false,
    });
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('the reader did not start')), START_MS);
      worker.once('message', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
    ready.catch(() => {}); // awaited by the read; a late rejection is not unhandled
    worker.on('error', () => {}); // each read listens for its own; an idle one just ends
    worker.on('exit', () => {
      if (this.running?.worker === worker) this.running = null;
    });
    this.running = { worker, ready };
    return this.running;
  }

  private stop(): void {
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    const worker = this.running?.worker;
    this.running = null;
    void worker?.terminate();
  }
}

class TimeUp extends Error {}

function stoppedMessage(error: unknown, limits: ReadLimits): string {
  if (error instanceof TimeUp) return `reading it took longer than ${limits.timeMs / 1000} s`;
  const code = (error as { code?: string }).code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `reading it needs more than ${limits.memoryMb} MB of memory`;
  }
  return `could not be read (${error instanceof Error ? error.message : String(error)})`;
}

let shared: StoryReader | null = null;

/** Reads a story file on the shared reader thread (imports from every entry point). */
export function readStoryFileIsolated(fileName: string, bytes: Uint8Array): Promise<ReadStory> {
  shared ??= new StoryReader();
  return shared.read(fileName, bytes);
}
