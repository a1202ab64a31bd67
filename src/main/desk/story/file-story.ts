// The write half of an import, inside the call's transaction: the pictures become assets,
// the photos point at them, the story is created with story.create's own argument schema
// and permission, then filed as the workflow's 交稿 move would.

import { basename } from 'node:path';
import { ApiError, api, badArgument, importRefused } from '../../../shared/contract';
import type { Profile } from '../../../shared/model/profile';
import { can } from '../../../shared/model/roles';
import type { Story, StoryFields } from '../../../shared/model/story';
import { fullWidthDateline } from '../../../shared/story/dateline';
import type { StoryDocument } from '../../../shared/story/elements';
import { type ImportWhy, importWhy } from '../../../shared/story/import-problem';
import { type PhotoAsset, resolvePhotoRefs } from '../../../shared/story/photo-refs';
import { MAX_BODY_CHARS } from '../../../shared/story/schema';
import { smartenBlocks, smartenHead } from '../../../shared/story/smarten-story';
import { typingStyleOf } from '../../../shared/text/smart-quotes';
import { formatProblem } from '../../import/import-error';
import type { PhotoSource, ReadStory } from '../../import/read-story-file';
import { imageProblem, putImage } from '../asset/put-image';
import { type HandlerContext, requirePermission } from '../context';
import { localIsoDate } from '../local-date';

export interface FileOptions {
  deskDate?: string | undefined;
  /** Keep it a draft instead of filing it (交稿). */
  draft?: boolean | undefined;
}

/**
 * Files the story (已交稿) unless asked for a draft. The front matter's author is the
 * story's author, also when the desk imports it; the importer is recorded as who filed it
 * (revision and audit).
 */
export function fileStory(
  ctx: HandlerContext,
  fileName: string,
  story: ReadStory,
  images: ReadonlyMap<string, Uint8Array>,
  options: FileOptions = {},
): Story {
  const actor = requirePermission(ctx, 'story.create');
  const author = authorOf(ctx, actor, fileName, story);
  // Typewriter quotes and -- become the paper's (type.smartQuotes, type.dash), here once
  // for every way in: the menu, the CLI and the inbox all call story.import.
  const style = typingStyleOf(ctx.store.settings.all());
  const stored = storedDocument(ctx, fileName, story, images);
  const document = { ...stored, body: smartenBlocks(stored.body, style) };
  const parsed = api['story.create'].args.safeParse(
    createArgs(
      { ...smartenHead(story.head, style), hyphenation: story.hyphenation ?? null },
      document,
      options.deskDate,
    ),
  );
  if (!parsed.success) {
    const bad = badArgument(parsed.error);
    throw refused(fileName, undefined, bad.message, 'refused', schemaWhy(bad));
  }
  const { fields: given, deskDate = localIsoDate(new Date(ctx.now)) } = parsed.data;
  // As story.create does: a Chinese dateline's half-width brackets become full-width.
  const fields = { ...given, dateline: fullWidthDateline(given.dateline) };
  const id = ctx.store.stories.create(
    fields,
    parsed.data.document ?? document,
    author.id,
    deskDate,
    ctx.now,
    actor.id,
  );
  ctx.audit('story.create', `story:${id}`, fields.headline);
  ctx.audit(
    'story.import',
    `story:${id}`,
    author.id === actor.id ? fileName : `${fileName} by ${author.name}`,
  );
  if (!options.draft) {
    ctx.store.stories.setStatus(id, 'filed', null, actor.id, ctx.now);
    ctx.audit('story.transition', `story:${id}`, 'draft -> filed');
  }
  ctx.emit('story.changed', { id });
  const created = ctx.store.stories.get(id);
  if (!created) throw new ApiError('internal', `story ${id} vanished`);
  return created;
}

/** The profile the file names, or the importer; a reporter files own stories only. */
function authorOf(
  ctx: HandlerContext,
  actor: Profile,
  fileName: string,
  story: ReadStory,
): Profile {
  if (!story.author || story.author === actor.name) return actor;
  if (!can(actor.role, 'story.edit-any')) {
    throw refused(
      fileName,
      story.authorLine,
      `author is ${story.author}, not you (${actor.name})`,
      'forbidden',
      importWhy('author-not-you', { author: story.author }),
    );
  }
  const author = ctx.store.profiles.findByName(story.author);
  if (!author) {
    throw refused(
      fileName,
      story.authorLine,
      `author ${story.author} is not a profile on this desk`,
      'refused',
      importWhy('unknown-author', { author: story.author }),
    );
  }
  return author;
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
    if (!bytes) {
      const why = importWhy('image-missing', { src: photo.src });
      throw refused(fileName, photo.line, missingImage(photo), 'refused', why);
    }
    const problem = imageProblem(photo.src, bytes);
    if (problem) {
      const why = importWhy('image-unreadable', { src: photo.src });
      throw refused(fileName, photo.line, problem, 'refused', why);
    }
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
function createArgs(fields: StoryFields, document: StoryDocument, deskDate: string | undefined) {
  return deskDate ? { fields, document, deskDate } : { fields, document };
}

function refused(
  fileName: string,
  line: number | undefined,
  message: string,
  code: 'refused' | 'forbidden' = 'refused',
  why?: ImportWhy,
): ApiError {
  return new ApiError(
    code,
    formatProblem(fileName, line === undefined ? { message } : { line, message }),
    undefined,
    importRefused(fileName, line, why),
  );
}

/** A field of the story the schema refused: the body's length, or another field's value. */
function schemaWhy(bad: ApiError): ImportWhy {
  if (bad.field?.startsWith('document') && bad.message.includes('longer than')) {
    return importWhy('body-too-long', { max: MAX_BODY_CHARS });
  }
  return importWhy('bad-value', { key: bad.field?.split('.').pop() ?? '' });
}
