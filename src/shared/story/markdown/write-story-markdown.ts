// A story as a .md file in the format readStoryMarkdown reads.

import type { HyphenationLanguage } from '../../typeset/types';
import type { AnyDocument, StoryHead } from '../elements';
import { writeFrontMatter } from './front-matter';
import { type PhotoSrc, writeBody } from './write-body';

export interface WriteMarkdownOptions {
  author?: string;
  /** The story's own hyphenation language; null or absent: none written. */
  hyphenation?: HyphenationLanguage | null;
  /** How the file names a photo's image; by default its `src`, or the asset hash. */
  photoSrc?: PhotoSrc;
}

const defaultPhotoSrc: PhotoSrc = (photo) => ('src' in photo ? photo.src : photo.asset);

export function writeStoryMarkdown(
  head: StoryHead,
  document: AnyDocument,
  options: WriteMarkdownOptions = {},
): string {
  const front = writeFrontMatter(head, options.author, options.hyphenation);
  const body = writeBody(document.body, options.photoSrc ?? defaultPhotoSrc);
  return body === '' ? `${front}\n` : `${front}\n\n${body}\n`;
}
