import { z } from 'zod';
import { IsoDate, Story, StoryFields, StoryStatus, StorySummary } from '../../model/story';
import { StoryDocumentSchema } from '../../story/schema';
import { Id } from './common';

/** A desk row: the summary, the page it is on in its latest issue, and its lock holder. */
export const DeskRow = StorySummary.extend({
  /** The page it is placed on in its latest issue; null when not placed. */
  page: z.number().int().nullable(),
  /** Who holds its edit lock, if anyone. */
  lockHolder: z.string().nullable(),
});
export type DeskRow = z.infer<typeof DeskRow>;

/** The columns the desk sorts by; 'workflow' is the budget's order (drafts first). */
export const STORY_SORTS = [
  'workflow',
  'page',
  'priority',
  'section',
  'headline',
  'chars',
  'status',
  'author',
  'updated',
] as const;
export const StorySort = z.enum(STORY_SORTS);
export type StorySort = z.infer<typeof StorySort>;

/** Most rows one story.page call returns. */
export const MAX_PAGE_ROWS = 500;

export const StoryPageArgs = z
  .object({
    deskDate: IsoDate.optional(),
    status: StoryStatus.optional(),
    authorId: Id.optional(),
    /** Part of the headline. */
    text: z.string().max(200).optional(),
    /** Only stories not placed in this date's issue and not spiked (the board's tray). */
    unplacedOn: IsoDate.optional(),
    /** Just this story, if it matches the rest (an event refreshes one row). */
    id: Id.optional(),
    sort: StorySort.default('workflow'),
    descending: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(MAX_PAGE_ROWS).default(100),
  })
  .strict();
export type StoryPageArgs = z.output<typeof StoryPageArgs>;

export const storiesApi = {
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
} as const;
