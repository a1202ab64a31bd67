// zod schemas of the story document: what every boundary (IPC, HTTP, store, import)
// validates. Strict: unknown element types, unknown marks, unknown keys and bad nesting
// are refused; normalizeDocument output always passes.

import { z } from 'zod';
import { bodyTextLength } from './block-text';
import { hasForbiddenChar } from './clean-text';
import type {
  ImportedDocument,
  ListItemElement,
  ParagraphElement,
  PhotoElement,
  PhotoRef,
  StoryDocument,
  StoryText,
} from './elements';

/**
 * Room for a long feature, a transcript or a document of record (about 1,000 broadsheet
 * columns); the ceiling stays so one paste cannot fill the database.
 */
export const MAX_BODY_CHARS = 2_000_000;

const text = z
  .string()
  .refine((s) => !hasForbiddenChar(s), 'has control characters or line breaks');

export const StoryTextSchema = z.strictObject({
  text,
  bold: z.literal(true, 'a mark is true or absent').optional(),
  italic: z.literal(true, 'a mark is true or absent').optional(),
}) satisfies z.ZodType<StoryText>;

const leaves = z.array(StoryTextSchema).min(1, 'needs at least one text leaf');

export const ParagraphSchema = z.strictObject({
  type: z.literal('paragraph'),
  children: leaves,
}) satisfies z.ZodType<ParagraphElement>;

const CrossheadSchema = z.strictObject({ type: z.literal('crosshead'), children: leaves });

const ListItemSchema = z.strictObject({
  type: z.literal('list-item'),
  children: leaves,
}) satisfies z.ZodType<ListItemElement>;

/** A child slot that accepts only `options`; anything else is refused with `message`. */
function only<O extends [z.ZodObject, ...z.ZodObject[]]>(options: O, message: string) {
  return z.discriminatedUnion('type', options, { error: () => message });
}

const BlockQuoteSchema = z.strictObject({
  type: z.literal('block-quote'),
  children: z.array(only([ParagraphSchema], 'a block-quote holds only paragraphs')).min(1),
});

const listOf = <T extends 'bulleted-list' | 'numbered-list'>(type: T) =>
  z.strictObject({
    type: z.literal(type),
    children: z.array(only([ListItemSchema], 'a list holds only list-items')).min(1),
  });

const voidChildren = z.tuple([z.strictObject({ text: z.literal('', 'a photo has no text') })], {
  error: 'a photo has exactly one empty text child',
});

const captionFields = {
  caption: text.max(500, 'caption is longer than 500 characters'),
  credit: text.max(100, 'credit is longer than 100 characters'),
};

export const PhotoSchema = z.strictObject({
  type: z.literal('photo'),
  asset: z.string().regex(/^[0-9a-f]{32,128}$/, 'asset must be a lowercase hex hash'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  ...captionFields,
  children: voidChildren,
}) satisfies z.ZodType<PhotoElement>;

export const PhotoRefSchema = z.strictObject({
  type: z.literal('photo'),
  src: z.string().min(1, 'a photo needs an image path'),
  ...captionFields,
  children: voidChildren,
}) satisfies z.ZodType<PhotoRef>;

type PhotoSchemas = typeof PhotoSchema | typeof PhotoRefSchema;

const blockOf = <P extends PhotoSchemas>(photo: P) =>
  only(
    [
      ParagraphSchema,
      CrossheadSchema,
      BlockQuoteSchema,
      listOf('bulleted-list'),
      listOf('numbered-list'),
      photo,
    ],
    'not a body block (paragraph, crosshead, block-quote, bulleted-list, numbered-list, photo)',
  );

const documentOf = <P extends PhotoSchemas>(photo: P) =>
  z
    .strictObject({
      version: z.literal(1, 'unknown document version'),
      body: z.array(blockOf(photo)).min(1, 'the body needs at least one block'),
    })
    .refine((doc) => bodyTextLength(doc.body) <= MAX_BODY_CHARS, {
      message: `body is longer than ${MAX_BODY_CHARS} characters`,
      path: ['body'],
    });

export const StoryDocumentSchema = documentOf(PhotoSchema) satisfies z.ZodType<StoryDocument>;
export const ImportedDocumentSchema = documentOf(
  PhotoRefSchema,
) satisfies z.ZodType<ImportedDocument>;
