import { z } from 'zod';
import { PageNumber } from '../../model/issue';
import { IsoDate, StoryStatus, StorySummary } from '../../model/story';
import { Id } from './common';

// The shapes story.* calls send and return, besides the model's Story itself.

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
    /**
     * Start one row before this story, wherever it stands in the order (the next and the
     * previous story of the desk); where it is not in the list, `offset` holds.
     */
    near: Id.optional(),
    sort: StorySort.default('workflow'),
    descending: z.boolean().default(false),
    offset: z.number().int().min(0).default(0),
    limit: z.number().int().min(1).max(MAX_PAGE_ROWS).default(100),
  })
  .strict();
export type StoryPageArgs = z.output<typeof StoryPageArgs>;

/** Where a placed story stands in its modules: the board's badges for the whole story. */
export const PlacedCopyfit = z.object({
  date: IsoDate,
  page: PageNumber,
  jumpTo: PageNumber.nullable(),
  linesOver: z.number().int().min(0),
  /** 字数 of the text over (countChars). */
  charsOver: z.number().int().min(0),
  linesUnder: z.number().int().min(0),
});
export type PlacedCopyfit = z.infer<typeof PlacedCopyfit>;

/** A piece of a snippet; `hit` parts are what matched. The renderer wraps them in <mark>. */
export const SnippetPart = z.object({ text: z.string(), hit: z.boolean() });
export type SnippetPart = z.infer<typeof SnippetPart>;

export const SearchHit = z.object({
  id: Id,
  headline: z.string(),
  kicker: z.string(),
  subhead: z.string(),
  status: StoryStatus,
  deskDate: z.string(),
  authorName: z.string(),
  snippet: z.array(SnippetPart),
  /** Higher is better; comparable only within one result list. */
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const SearchArgs = z
  .object({
    query: z.string().trim().min(1, 'query is empty').max(100, 'longer than 100 characters'),
    limit: z.number().int().min(1).max(200).default(50),
    deskDate: IsoDate.optional(),
  })
  .strict();
