import { z } from 'zod';
import { IsoDate, StoryStatus } from '../../model/story';
import { Id } from './common';

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

export const searchApi = {
  /** Full-text search over the headline stack and body, best first, as story.list permits. */
  'story.search': { args: SearchArgs, result: z.array(SearchHit) },
} as const;
