import { z } from 'zod';
import { IsoDate, Story, StoryFields, StoryStatus, StorySummary } from '../../model/story';
import { StoryDocumentSchema } from '../../story/schema';
import { Id } from './common';

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
    result: z.array(
      StorySummary.extend({
        /** The page it is placed on in its latest issue; null when not placed. */
        page: z.number().int().nullable(),
        /** Who holds its edit lock, if anyone. */
        lockHolder: z.string().nullable(),
      }),
    ),
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
