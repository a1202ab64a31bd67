import { z } from 'zod';
import { IsoDate, Story, StoryFields, StoryStatus } from '../../model/story';
import { TargetChars } from '../../model/target-length';
import { MOVE_NAMES } from '../../model/workflow';
import { StoryDocumentSchema } from '../../story/schema';
import { Id } from '../wire/common';
import { DeskRow, PlacedCopyfit, SearchArgs, SearchHit, StoryPageArgs } from '../wire/story';
import { Base64, base64Length, MAX_IMAGE_BYTES } from './asset';

const MoveName = z.enum(MOVE_NAMES);

/** Stories: the desk, editing, copyfit, search, the workflow and import. */
export const storyApi = {
  /** The desk (budget): workflow order, then most recently changed first. */
  'story.list': {
    args: z
      .object({
        deskDate: IsoDate.optional(),
        status: StoryStatus.optional(),
        authorId: Id.optional(),
        /** Part of the headline. */
        text: z.string().max(200).optional(),
      })
      .strict(),
    result: z.array(DeskRow),
  },
  /**
   * One page of the desk, sorted by the server: `total` rows match, `rows` are those from
   * `offset`. Lists of any size show through this (the desk, the board's tray).
   */
  'story.page': {
    args: StoryPageArgs,
    result: z.object({
      total: z.number().int().nonnegative(),
      offset: z.number().int(),
      rows: z.array(DeskRow),
    }),
  },
  'story.get': { args: z.object({ id: Id }).strict(), result: Story },
  /** A new draft by the acting profile; without a document the body starts empty. */
  'story.create': {
    args: z
      .object({
        fields: StoryFields,
        document: StoryDocumentSchema.optional(),
        deskDate: IsoDate.optional(),
      })
      .strict(),
    result: Story,
  },
  /** A new version; without a document only the fields change and the body is kept. */
  'story.save': {
    args: z
      .object({
        id: Id,
        fields: StoryFields,
        document: StoryDocumentSchema.optional(),
        baseVersion: z.number().int().positive().optional(),
      })
      .strict(),
    result: Story,
  },
  /**
   * Copyfit of a story while it is edited: the text given (not yet saved) set in the modules
   * the board composed for it, in the issue of its desk date (else its latest issue). Null
   * when the story is on no page. Nothing is saved.
   */
  'story.copyfit': {
    args: z
      .object({
        id: Id,
        fields: StoryFields.optional(),
        document: StoryDocumentSchema.optional(),
      })
      .strict(),
    result: z.object({ placed: PlacedCopyfit.nullable() }),
  },
  /** 本稿需 N 字: the length an editor asks of the story; null clears it. */
  'story.setTarget': {
    args: z.object({ id: Id, targetChars: TargetChars.nullable() }).strict(),
    result: Story,
  },
  /** Full-text search over the headline stack and body, best first, as story.list permits. */
  'story.search': { args: SearchArgs, result: z.array(SearchHit) },
  /**
   * Moves a story through the workflow (model/workflow.ts). `to` is a status, or 'restore'
   * for a spiked story (it returns to the status it had before the spike).
   */
  'story.transition': {
    args: z
      .object({
        id: Id,
        to: z.union([StoryStatus, z.literal('restore')]),
        note: z.string().max(500, 'note is longer than 500 characters').optional(),
      })
      .strict(),
    result: Story,
  },
  /** The moves the acting profile may make on a story now (what the UI offers). */
  'story.moves': {
    args: z.object({ id: Id }).strict(),
    result: z.object({
      status: StoryStatus,
      spikedFrom: StoryStatus.nullable(),
      moves: z.array(z.object({ name: MoveName, to: StoryStatus })),
    }),
  },
  /**
   * Files (交稿) one story from a .md, .txt or .docx file (the app's Import menu item, a file dropped
   * on the window, the CLI, the inbox). The story and its pictures are written together or
   * not at all; a bad file is refused with `FILE:LINE: message`.
   */
  'story.import': {
    args: z
      .object({
        /** Its name picks the format (.md, .txt, .docx) and names it in messages. */
        fileName: z.string().min(1).max(1000),
        /** The file; the handler refuses it past its format's size limit with that limit. */
        dataBase64: Base64.max(base64Length(MAX_IMAGE_BYTES) + 4, 'file is over 30 MB'),
        /**
         * The images a .md file names, by the path it gives (or by file name, for files
         * dropped together with it). A .docx carries its own pictures.
         */
        images: z
          .record(
            z.string().min(1).max(1000),
            Base64.max(base64Length(MAX_IMAGE_BYTES) + 4, 'image is over 30 MB'),
          )
          .optional(),
        deskDate: IsoDate.optional(),
        /** Keep the story a draft (草稿); by default it is filed (已交稿), as the docs say. */
        draft: z.boolean().optional(),
      })
      .strict(),
    /** The story, and what the reader did that the importer should know (one line each). */
    result: Story.extend({ notices: z.array(z.string()) }),
  },
} as const;
