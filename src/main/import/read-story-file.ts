// Any story file (.md, .txt, .docx) into the story's fields and document, with photos still
// naming their images. Everything that can be wrong with the file itself is found here,
// before anything is written; the desk then stores the images and the story in one go.

import { stripInvisible } from '../../shared/story/clean-text';
import type { ImportedDocument, StoryHead } from '../../shared/story/elements';
import { importWhy } from '../../shared/story/import-problem';
import { readStoryMarkdown } from '../../shared/story/markdown/read-story-markdown';
import { readStoryText } from '../../shared/story/read-story-text';
import { fileLines, type LineError } from '../../shared/story/text-file';
import type { HyphenationLanguage } from '../../shared/typeset/types';
import { decodeText } from './decode-text';
import { readDocx } from './docx/read-docx';
import { type StoryFormat, storyFormat } from './formats';
import { type FileProblem, ImportError } from './import-error';
import { READ_LIMITS, type ReadLimits } from './isolate/read-limits';
import { invisibleNotice } from './notices';

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
  /** The story's own hyphenation language (front matter `hyphenation`). */
  hyphenation?: HyphenationLanguage;
  document: ImportedDocument;
  photos: PhotoSource[];
  /** Pictures that came inside the file (a .docx), by the src of their photo. */
  pictures: ReadonlyMap<string, Uint8Array>;
  /** What the reader did that the person importing should know, one line each. */
  notices: string[];
}

/** Reads one story file; a bad file throws an ImportError naming `fileName` and the line. */
export async function readStoryFile(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits = READ_LIMITS,
): Promise<ReadStory> {
  const story = await readByFormat(fileName, bytes, limits);
  const paragraphs = countParagraphs(story.document);
  if (paragraphs > limits.paragraphs) {
    const message = `${paragraphs} paragraphs; a story may have at most ${limits.paragraphs}`;
    const why = importWhy('too-many-paragraphs', { count: paragraphs, max: limits.paragraphs });
    throw new ImportError(fileName, { message, why });
  }
  return story;
}

async function readByFormat(
  fileName: string,
  bytes: Uint8Array,
  limits: ReadLimits,
): Promise<ReadStory> {
  const format = storyFormat(fileName, bytes.length);

  if (format === 'docx') {
    const read = await readDocx(bytes, limits);
    if (!read.ok) throw new ImportError(fileName, read.problem);
    const { pictures, ...story } = read.story;
    const photos = [...pictures.keys()].map((src) => ({ src }));
    return { format, ...story, photos, pictures };
  }

  const decoded = decodeText(bytes);
  if (!decoded.ok) throw new ImportError(fileName, decoded.problem);
  const notices: string[] = [];
  if (decoded.encoding !== 'utf-8')
    notices.push(`read as ${ENCODING_NAMES[decoded.encoding]} text`);
  // Removed before parsing, from every field and the body at once; lines keep their numbers.
  const { text, removed } = stripInvisible(decoded.text);
  if (removed > 0) notices.push(invisibleNotice(removed));
  if (format === 'txt') {
    const read = readStoryText(text);
    if (!read.ok) throw new ImportError(fileName, firstError(read.errors));
    return { format, ...read.story, photos: [], pictures: new Map(), notices };
  }
  const read = readStoryMarkdown(text);
  if (!read.ok) throw new ImportError(fileName, firstError(read.errors));
  const { author, ...story } = read.story;
  const authorLine = author ? keyLine(text, 'author') : undefined;
  return {
    format,
    ...story,
    ...(author ? { author } : {}),
    ...(authorLine ? { authorLine } : {}),
    pictures: new Map(),
    notices,
  };
}

const ENCODING_NAMES: Record<string, string> = {
  'utf-16le': 'UTF-16',
  'utf-16be': 'UTF-16',
  gb18030: 'GB18030 (GBK)',
};

/** Text blocks, counting each paragraph of a quote and each list item. */
function countParagraphs(document: ImportedDocument): number {
  let count = 0;
  for (const block of document.body) {
    count +=
      block.type === 'block-quote' || block.type.endsWith('-list') ? block.children.length : 1;
  }
  return count;
}

/** One clear error per file: the first. */
function firstError(errors: readonly LineError[]): FileProblem {
  return errors[0] ?? { message: 'could not be read' };
}

function keyLine(text: string, key: string): number | undefined {
  const index = fileLines(text).findIndex((line) => new RegExp(`^\\s*${key}\\s*:`).test(line));
  return index < 0 ? undefined : index + 1;
}
