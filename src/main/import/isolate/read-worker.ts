// The reader's thread: reads story files sent by story-reader.ts, one at a time, and posts
// back the story or the one-line problem. Whatever a file does here (inflate, parse, loop),
// the desk's own thread goes on answering.

import { parentPort } from 'node:worker_threads';
import { ImportError } from '../import-error';
import { readStoryFile } from '../read-story-file';
import type { ReaderReply, ReaderRequest } from './reader-messages';

const port = parentPort;
if (port) {
  port.on('message', async ({ id, fileName, bytes, limits }: ReaderRequest) => {
    let reply: ReaderReply;
    try {
      reply = { id, ok: true, story: await readStoryFile(fileName, bytes, limits) };
    } catch (error) {
      reply =
        error instanceof ImportError
          ? { id, ok: false, problem: error.problem }
          : { id, ok: false, problem: { message: `could not be read (${String(error)})` } };
    }
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
