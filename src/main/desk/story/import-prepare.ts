// Reading a story file is asynchronous (mammoth reads a .docx through promises), but a
// call's transaction is synchronous (better-sqlite3): the desk runs this first (preparers.ts).

import { ApiError, type Args, importRefused } from '../../../shared/contract';
import { storyFormat } from '../../import/formats';
import { ImportError } from '../../import/import-error';
import { readStoryFileIsolated } from '../../import/isolate/story-reader';
import type { ReadStory } from '../../import/read-story-file';

export interface PreparedImport {
  story: ReadStory;
  /** Images sent with a .md file, by the path (or file name) they were sent under. */
  images: ReadonlyMap<string, Uint8Array>;
}

/** Reads the sent file (and its images) into a story before the call's transaction. */
export async function prepareImport(args: Args<'story.import'>): Promise<PreparedImport> {
  const { fileName, dataBase64 } = args;
  try {
    // Refused on the encoded length, before decoding a file that is far too large.
    storyFormat(fileName, decodedLength(dataBase64));
    const story = await readStoryFileIsolated(fileName, decode(dataBase64));
    const images = new Map(Object.entries(args.images ?? {}).map(([k, v]) => [k, decode(v)]));
    return { story, images };
  } catch (error) {
    if (error instanceof ImportError) {
      const why = importRefused(fileName, error.problem.line, error.problem.why);
      throw new ApiError('refused', error.message, 'dataBase64', why);
    }
    throw error;
  }
}

function decodedLength(base64: string): number {
  const padding = base64.endsWith('==') ? 2 : base64.endsWith('=') ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}

function decode(base64: string): Uint8Array {
  return Buffer.from(base64, 'base64');
}
