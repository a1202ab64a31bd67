import { z } from 'zod';
import { PageNumber } from '../../model/issue';
import { IsoDate } from '../../model/story';
import { SEVERITIES } from '../../preflight/types';
import { Id } from '../wire/common';

export const PreflightIssue = z.object({
  severity: z.enum(SEVERITIES),
  code: z.string(),
  page: PageNumber.nullable(),
  storyId: Id.nullable(),
  message: z.string(),
  /** What the UI words `code` with (counts, pages, characters); `message` is for the CLI. */
  params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});
export type PreflightIssue = z.infer<typeof PreflightIssue>;

/** Checks before export; the rules are pure, in shared/preflight. */
export const preflightApi = {
  'preflight.run': { args: z.object({ date: IsoDate }).strict(), result: z.array(PreflightIssue) },
} as const;
