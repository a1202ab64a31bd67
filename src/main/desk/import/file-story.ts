// The write half of an import, inside the call's transaction: the pictures become assets,
// the photos point at them, and the story is created by story.create's own handler, so
// permissions, audit and events are the same as for a story typed in the app.

import { basename } from 'node:path';
import { ApiError, api, badArgument, type Result } from '../../../shared/contract';
import { can } from '../../../shared/model/roles';
import type { StoryDocument, StoryHead } from '../../../shared/story/elements';
import { type PhotoAsset, resolvePhotoRefs } from '../../../shared/story/photo-refs';
import { formatProblem } from '../../import/import-error';
import type { PhotoSource, ReadStory } from '../../import/read-story-file';
import { imageProblem, putImage } from '../assets/put-image';
import { type HandlerContext, requirePermission } from '../context';
import { storyHandlers } from '../stories/handlers';

export function fileStory(
  ctx: HandlerContext,
  fileName: string,
  story: ReadStory,
  images: ReadonlyMap<string, Uint8Array>,
  deskDate?: string,
): Result<'story.create'> {
  const actor = requirePermission(ctx, 'story.create');
  // A reporter files own stories only; the desk may bring in a file someone else wrote.
  if (story.author && story.author !== actor.name && !can(actor.role, 'story.edit-any')) {
    throw refused(
      fileName,
      story.authorLine,
      `author is ${story.author}, not you (${actor.name})`,
      'forbidden',
    );
  }
  const document = storedDocument(ctx, fileName, story, images);
  const parsed = api['story.create'].args.safeParse(createArgs(story.head, document, deskDate));
  if (!parsed.success) throw refused(fileName, undefined, badArgument(parsed.error).message);
  const created = storyHandlers['story.create'](parsed.data, ctx);
  if (created instanceof Promise) throw new ApiError('internal', 'story.create is not synchronous');
  ctx.audit('story.import', `story:${created.id}`, fileName);
  return created;
}

/** Stores each picture once and points the photos at the stored blobs. */
function storedDocument(
  ctx: HandlerContext,
  fileName: string,
  story: ReadStory,
  images: ReadonlyMap<string, Uint8Array>,
): StoryDocument {
  const assets = new Map<string, PhotoAsset>();
  for (const photo of story.photos) {
    if (assets.has(photo.src)) continue;
    const bytes = story.pictures.get(photo.src) ?? imageFor(images, photo.src);
    if (!bytes) throw refused(fileName, photo.line, missingImage(photo));
    const problem = imageProblem(photo.src, bytes);
    if (problem) throw refused(fileName, photo.line, problem);
    const { hash, width, height } = putImage(ctx, photo.src, bytes);
    assets.set(photo.src, { asset: hash, width, height });
  }
  const resolved = resolvePhotoRefs(story.document, assets);
  if (!resolved.ok)
    throw new ApiError('internal', `unresolved photos: ${resolved.missing.join(', ')}`);
  return resolved.document;
}

/** By the path the file gives, else by its file name (pictures dropped along with a .md). */
function imageFor(images: ReadonlyMap<string, Uint8Array>, src: string): Uint8Array | undefined {
  return images.get(src) ?? images.get(basename(src));
}

function missingImage(photo: PhotoSource): string {
  return `image ${photo.src} is missing: import the .md file together with its images`;
}

// The one place that knows story.create's argument shape.
function createArgs(fields: StoryHead, document: StoryDocument, deskDate: string | undefined) {
  return deskDate ? { fields, document, deskDate } : { fields, document };
}

function refused(
  fileName: string,
  line: number | undefined,
  message: string,
  code: 'refused' | 'forbidden' = 'refused',
): ApiError {
  return new ApiError(
    code,
    formatProblem(fileName, line === undefined ? { message } : { line, message }),
  );
}
