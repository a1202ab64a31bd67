import { z } from 'zod';
import { Issue, IssueNumber, IssueSummary, PageCount } from '../../model/issue';
import { IsoDate } from '../../model/story';
import { None } from '../wire/common';

const ByDate = z.object({ date: IsoDate }).strict();

/** A day's issue (NEWSROOM.md, "A day's issue"); its pages and placements: page.ts, placement.ts. */
export const issueApi = {
  /** Editors and up. Number: the previous issue's (by date) + 1, or 1; pages: 4. */
  'issue.create': {
    args: z
      .object({ date: IsoDate, number: IssueNumber.optional(), pages: PageCount.optional() })
      .strict(),
    result: Issue,
  },
  /** The issue with its pages and placements; a reporter sees only own stories placed. */
  'issue.get': { args: ByDate, result: Issue },
  /** Newest first. */
  'issue.list': { args: None, result: z.array(IssueSummary) },
  /** A page count that drops a page holding a story (or a jump target) is refused. */
  'issue.update': {
    args: z
      .object({ date: IsoDate, number: IssueNumber.optional(), pages: PageCount.optional() })
      .strict(),
    result: Issue,
  },
} as const;
