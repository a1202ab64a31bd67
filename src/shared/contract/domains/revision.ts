import { z } from 'zod';
import { Story, StoryFields, StoryStatus } from '../../model/story';
import { StoryDocumentSchema } from '../../story/schema';
import { Id } from '../wire/common';

const Version = z.number().int().positive();
const StoryVersion = z.object({ storyId: Id, version: Version }).strict();

export const RevisionSummary = z.object({
  version: Version,
  authorId: z.number().int(),
  authorName: z.string(),
  status: StoryStatus,
  createdAt: z.string(),
  chars: z.number().int().nonnegative(),
});

export const DiffPart = z.object({
  kind: z.enum(['same', 'added', 'removed']),
  text: z.string(),
});
export type DiffPart = z.infer<typeof DiffPart>;
const Parts = z.array(DiffPart);

/** The fields a diff compares: the headline stack, byline, dateline and body. */
export const DIFF_FIELDS = ['kicker', 'headline', 'subhead', 'byline', 'dateline', 'body'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export const revisionApi = {
  /** Every saved version of a story, oldest first. */
  'revision.list': {
    args: z.object({ storyId: Id }).strict(),
    result: z.array(RevisionSummary),
  },
  'revision.get': {
    args: StoryVersion,
    result: RevisionSummary.extend({ storyId: Id, document: StoryDocumentSchema }).extend(
      StoryFields.shape,
    ),
  },
  /** Character-level changes per field from one version to another (Chinese has no spaces). */
  'revision.diff': {
    args: z.object({ storyId: Id, from: Version, to: Version }).strict(),
    result: z.object({
      storyId: Id,
      from: Version,
      to: Version,
      fields: z.object({
        kicker: Parts,
        headline: Parts,
        subhead: Parts,
        byline: Parts,
        dateline: Parts,
        body: Parts,
      }),
    }),
  },
  /** Writes an old version's content as a new version (history stays append-only). */
  'revision.restore': { args: StoryVersion, result: Story },
} as const;
