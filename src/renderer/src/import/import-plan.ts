// A batch of picked or dropped files, sorted before anything is sent: each .md, .txt or .docx
// is one story; images go along with every .md of the batch (by file name); anything else,
// and any file over its size limit, is refused here with the message the desk would give.

import { MAX_IMAGE_BYTES } from '../../../shared/contract/domains/asset';

export type StoryFormat = 'md' | 'txt' | 'docx';

/** What a File has that the plan looks at (plain objects in unit tests). */
export interface FileLike {
  readonly name: string;
  readonly size: number;
  readonly type: string;
}

const MB = 1024 * 1024;

// The desk's limits (src/main/import/formats.ts), restated: the renderer imports no main code.
export const STORY_SIZE_LIMITS: Record<StoryFormat, number> = {
  md: 5 * MB,
  txt: 5 * MB,
  docx: 30 * MB,
};

const STORY_EXTENSIONS: Record<string, StoryFormat> = {
  md: 'md',
  markdown: 'md',
  txt: 'txt',
  docx: 'docx',
};
const IMAGE_EXTENSIONS = new Set(['png', 'jpg', 'jpeg', 'gif', 'webp']);

export interface PlannedStory<F extends FileLike> {
  file: F;
  format: StoryFormat;
}

export interface ImportPlan<F extends FileLike> {
  stories: PlannedStory<F>[];
  /** Sent with each .md story, keyed by file name. */
  images: F[];
  /** Refused before sending: `FILE: message`, as the desk words it. */
  refused: { file: F; fileName: string; message: string }[];
}

export function planImport<F extends FileLike>(files: readonly F[]): ImportPlan<F> {
  const plan: ImportPlan<F> = { stories: [], images: [], refused: [] };
  for (const file of files) {
    const format = STORY_EXTENSIONS[extension(file.name)];
    if (format) {
      const problem = tooLarge(file, format);
      if (problem) plan.refused.push({ file, fileName: file.name, message: problem });
      else plan.stories.push({ file, format });
    } else if (isImage(file)) {
      if (file.size > MAX_IMAGE_BYTES) {
        plan.refused.push({
          file,
          fileName: file.name,
          message: `${file.name}: image ${file.name} is over the 30 MB limit for an image`,
        });
      } else plan.images.push(file);
    } else {
      plan.refused.push({
        file,
        fileName: file.name,
        message: `${file.name}: not a story file: use .md, .txt or .docx`,
      });
    }
  }
  return plan;
}

function tooLarge(file: FileLike, format: StoryFormat): string | null {
  const limit = STORY_SIZE_LIMITS[format];
  if (file.size <= limit) return null;
  const size = (file.size / MB).toFixed(1);
  return `${file.name}: the file is ${size} MB; a .${format} story may be at most ${limit / MB} MB`;
}

function extension(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

function isImage(file: FileLike): boolean {
  return file.type.startsWith('image/') || IMAGE_EXTENSIONS.has(extension(file.name));
}
