// A story file on disk and the images its .md names (relative to the file), read into the
// arguments of story.import. Sizes are checked before anything is read.

import { readFile, stat } from 'node:fs/promises';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import type { ArgsIn } from '../../shared/contract';
import { MAX_IMAGE_BYTES } from '../../shared/contract/domains/asset';
import { readStoryMarkdown } from '../../shared/story/markdown/read-story-markdown';
import { decodeText } from './decode-text';
import { storyFormat } from './formats';
import { ImportError } from './import-error';

export interface DiskOptions {
  /** Refuse images outside the file's own folder (the inbox: files come from anyone). */
  confine?: boolean;
  /** The folder the file's image paths are relative to, when it is no longer in it. */
  folder?: string;
}

/** `path` as story.import arguments; `name` is how messages call the file. */
export async function importArgsFromDisk(
  path: string,
  name: string,
  options: DiskOptions = {},
): Promise<ArgsIn<'story.import'>> {
  const size = await fileSize(path, name);
  const format = storyFormat(name, size);
  const bytes = await readFile(path);
  const args = { fileName: name, dataBase64: bytes.toString('base64') };
  if (format !== 'md') return args;
  const images = await readImages(path, name, bytes, options);
  return Object.keys(images).length > 0 ? { ...args, images } : args;
}

async function fileSize(path: string, name: string): Promise<number> {
  try {
    const info = await stat(path);
    if (!info.isFile()) throw new ImportError(name, { message: 'not a file' });
    return info.size;
  } catch (error) {
    if (error instanceof ImportError) throw error;
    throw new ImportError(name, { message: 'no such file' });
  }
}

/**
 * The images of a .md, by the path it writes. A file that does not parse is left to the
 * desk, which reports its error the same way for every entry point.
 */
async function readImages(
  path: string,
  name: string,
  bytes: Buffer,
  options: DiskOptions,
): Promise<Record<string, string>> {
  const decoded = decodeText(bytes);
  const read = decoded.ok ? readStoryMarkdown(decoded.text) : null;
  if (!read?.ok) return {};
  const folder = options.folder ?? dirname(path);
  const images: Record<string, string> = {};
  for (const { src, line } of read.story.photos) {
    if (src in images) continue;
    const problem = (message: string) => new ImportError(name, { line, message });
    if (/^[a-z][a-z0-9+.-]*:/i.test(src)) {
      throw problem(`image ${src} is a web address; save the picture beside the file`);
    }
    const imagePath = resolve(folder, src);
    const outside = relative(folder, imagePath);
    if (options.confine && (outside.startsWith('..') || isAbsolute(outside))) {
      throw problem(`image ${src} is outside the file's folder`);
    }
    const info = await stat(imagePath).catch(() => null);
    if (!info?.isFile()) throw problem(`image ${src} not found (no file ${imagePath})`);
    if (info.size > MAX_IMAGE_BYTES) {
      throw problem(`image ${src} is over the 30 MB limit for an image`);
    }
    images[src] = (await readFile(imagePath)).toString('base64');
  }
  return images;
}
