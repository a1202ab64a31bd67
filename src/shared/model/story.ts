import { z } from 'zod';
import { StoryDocumentSchema } from '../story/schema';
import { HYPHENATION_LANGUAGES } from '../typeset/types';
import { TargetChars } from './target-length';

export const STORY_STATUSES = [
  'draft',
  'filed',
  'edited',
  'reviewed',
  'signed-off',
  'spiked',
] as const;
export const StoryStatus = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof StoryStatus>;

export const PRIORITIES = ['lead', 'normal', 'brief'] as const;
export const Priority = z.enum(PRIORITIES);
export type Priority = z.infer<typeof Priority>;

/** Calendar date as printed on the desk and in the CLI: YYYY-MM-DD. */
export const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD')
  .refine((s) => {
    const [y, m, d] = s.split('-').map(Number) as [number, number, number];
    const t = new Date(Date.UTC(y, m - 1, d));
    return t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
  }, 'no such date');

const line = (max: number) =>
  z
    .string()
    .max(max, `longer than ${max} characters`)
    .refine((s) => !/\p{Cc}/u.test(s), 'has control characters');

/** The headline stack and run-in lines of a story (NEWSROOM.md, "A story"). */
export const StoryFields = z.object({
  kicker: line(200).default(''),
  headline: line(200).refine((s) => s.trim().length > 0, 'headline is required'),
  subhead: line(200).default(''),
  byline: line(100).default(''),
  dateline: line(100).default(''),
  section: line(40).default(''),
  priority: Priority.default('normal'),
  /** The story's own hyphenation language; null follows the paper's (typeset.hyphenation). */
  hyphenation: z.enum(HYPHENATION_LANGUAGES).nullable().default(null),
});
export type StoryFieldsInput = z.input<typeof StoryFields>;
export type StoryFields = z.output<typeof StoryFields>;

export const Story = StoryFields.extend({
  /** The body as a Slate document (src/shared/story). */
  document: StoryDocumentSchema,
  id: z.number().int().positive(),
  status: StoryStatus,
  authorId: z.number().int(),
  authorName: z.string(),
  deskDate: z.string(),
  chars: z.number().int().nonnegative(),
  /** 本稿需 N 字: the length an editor asked for (story.setTarget); null when none. */
  targetChars: TargetChars.nullable(),
  version: z.number().int().positive(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Story = z.infer<typeof Story>;

export const StorySummary = Story.omit({ document: true, targetChars: true, hyphenation: true });
export type StorySummary = z.infer<typeof StorySummary>;
