import { extname } from 'node:path';
import { importWhy } from '../../shared/story/import-problem';
import { ImportError } from './import-error';

export type StoryFormat = 'md' | 'txt' | 'docx';

const EXTENSIONS: Record<string, StoryFormat> = {
  '.md': 'md',
  '.markdown': 'md',
  '.txt': 'txt',
  '.docx': 'docx',
};

const MB = 1024 * 1024;

/** Ceilings per format, checked before a file is read. Text stories are far below 5 MB (a
 * long feature is 50 KB); a .docx carries its pictures, so it may be as large as one image. */
export const SIZE_LIMITS: Record<StoryFormat, number> = { md: 5 * MB, txt: 5 * MB, docx: 30 * MB };

export function formatOf(fileName: string): StoryFormat | undefined {
  return EXTENSIONS[extname(fileName).toLowerCase()];
}

export const FORMATS_TEXT = '.md, .txt or .docx';

/**
 * The format of a story file of `bytes` bytes; an ImportError when it is not one, or is over
 * its limit. Checked on the size alone, so a huge file is refused before it is read.
 */
export function storyFormat(fileName: string, bytes: number): StoryFormat {
  const format = formatOf(fileName);
  if (!format)
    throw new ImportError(fileName, {
      message: `not a story file: use ${FORMATS_TEXT}`,
      why: importWhy('not-story-file'),
    });
  const limit = SIZE_LIMITS[format];
  if (bytes > limit) {
    const size = (bytes / MB).toFixed(1);
    throw new ImportError(fileName, {
      message: `the file is ${size} MB; a .${format} story may be at most ${limit / MB} MB`,
      why: importWhy('file-too-large', { size, max: limit / MB }),
    });
  }
  return format;
}
