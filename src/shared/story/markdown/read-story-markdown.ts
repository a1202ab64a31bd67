// A reporter's .md file (CLI.md, "Story file format") into the story's fields and its
// document. Pure: photos keep the paths the file gives; the importer resolves them.

import type { HyphenationLanguage } from '../../typeset/types';
import type { ImportedDocument, StoryHead } from '../elements';
import { normalizeDocument } from '../normalize-document';
import { fileLines, findBinaryLine, type LineError } from '../text-file';
import { readFrontMatter } from './front-matter';
import { type PhotoSource, readBody } from './read-body';

export interface StoryFile {
  head: StoryHead;
  /** The reporter's profile name, when the file gives one. */
  author?: string;
  /** The story's own hyphenation language, when the file gives one. */
  hyphenation?: HyphenationLanguage;
  document: ImportedDocument;
  /** Every photo with the line it is on, in document order. */
  photos: PhotoSource[];
}

export type StoryFileResult = { ok: true; story: StoryFile } | { ok: false; errors: LineError[] };

export function readStoryMarkdown(text: string): StoryFileResult {
  const lines = fileLines(text);
  const binary = findBinaryLine(lines);
  if (binary) return { ok: false, errors: [binary] };
  const front = readFrontMatter(lines);
  if (!front.ok) return front;
  const { bodyStart, ...named } = front.value;
  const { blocks, photos } = readBody(lines.slice(bodyStart), bodyStart + 1);
  const document = normalizeDocument<ImportedDocument>({ version: 1, body: blocks });
  return { ok: true, story: { ...named, document, photos } };
}
