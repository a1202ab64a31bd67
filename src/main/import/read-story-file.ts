// Any story file (.md, .txt, .docx) into the story's fields and document, with photos still
// naming their images. Everything that can be wrong with the file itself is found here,
// before anything is written; the desk then stores the images and the story in one go.

import type { ImportedDocument, StoryHead } from '../../shared/story/elements';
import { readStoryMarkdown } from '../../shared/story/markdown/read-story-markdown';
import { readStoryText } from '../../shared/story/read-story-text';
import { fileLines } from '../../shared/story/text-file';
import { decodeUtf8 } from './decode-text';
import { readDocx } from './docx/read-docx';
import { type StoryFormat, storyFormat } from './formats';
import { ImportError } from './import-error';

export interface PhotoSource {
  src: string;
  /** Its line in the file; a .docx has none. */
  line?: number;
}

export interface ReadStory {
  format: StoryFormat;
  head: StoryHead;
  /** The profile the file names as its writer (front matter `author`, a .docx's Author). */
  author?: string;
  /** Line of the `author:` key, for messages. */
  authorLine?: number;
  document: ImportedDocument;
  photos: PhotoSource[];
  /** Pictures that came inside the file (a .docx), by the src of their photo. */
  pictures: ReadonlyMap<string, Uint8Array>;
}

/** Reads one story file; a bad file throws an ImportError naming `fileName` and the line. */
export async function readStoryFile(fileName: string, bytes: Uint8Array): Promise<ReadStory> {
  const format = storyFormat(fileName, bytes.length);

  if (format === 'docx') {
    const read = await readDocx(bytes);
    if (!read.ok) throw new ImportError(fileName, read.problem);
    const { pictures, ...story } = read.story;
    const photos = [...pictures.keys()].map((src) => ({ src }));
    return { format, ...story, photos, pictures };
  }

  const decoded = decodeUtf8(bytes);
  if (!decoded.ok) throw new ImportError(fileName, decoded.problem);
  if (format === 'txt') {
    const read = readStoryText(decoded.text);
    if (!read.ok) throw new ImportError(fileName, firstError(read.errors));
    return { format, ...read.story, photos: [], pictures: new Map() };
  }
  const read = readStoryMarkdown(decoded.text);
  if (!read.ok) throw new ImportError(fileName, firstError(read.errors));
  const { author, ...story } = read.story;
  const authorLine = author ? keyLine(decoded.text, 'author') : undefined;
  return {
    format,
    ...story,
    ...(author ? { author } : {}),
    ...(authorLine ? { authorLine } : {}),
    pictures: new Map(),
  };
}

/** One clear error per file: the first. */
function firstError(errors: readonly { line: number; message: string }[]) {
  return errors[0] ?? { message: 'could not be read' };
}

function keyLine(text: string, key: string): number | undefined {
  const index = fileLines(text).findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return index < 0 ? undefined : index + 1;
}
