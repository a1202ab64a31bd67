import { z } from 'zod';
import {
  Issue,
  IssueNumber,
  IssueSummary,
  Page,
  PageCount,
  PageLine,
  PageNumber,
  Placement,
} from '../../model/issue';
import { IsoDate, Priority } from '../../model/story';
import { Id, None } from './common';

const ByDate = z.object({ date: IsoDate }).strict();

/** A day's issue, its pages and what sits on them (NEWSROOM.md, "A day's issue"). */
export const issuesApi = {
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
  /** Page furniture: 版名 and the page's 责任编辑, 版式 and 校对; omitted fields are kept. */
  'page.set': {
    args: z
      .object({
        date: IsoDate,
        page: PageNumber,
        name: PageLine.optional(),
        editor: PageLine.optional(),
        designer: PageLine.optional(),
        proofreader: PageLine.optional(),
      })
      .strict(),
    result: Page,
  },
  /**
   * Puts a story on a page (one page per issue: assigning again moves it). Priority defaults
   * to the story's own; jumpTo is a later page of the same issue. With `mayJump` the story
   * is marked "may jump" (可转版) instead: it jumps (to jumpTo, else the next page with room)
   * only where auto-layout finds its page cannot hold its stories.
   */
  'placement.assign': {
    args: z
      .object({
        storyId: Id,
        date: IsoDate,
        page: PageNumber,
        priority: Priority.optional(),
        jumpTo: PageNumber.nullable().optional(),
        mayJump: z.boolean().optional(),
      })
      .strict(),
    result: Placement.extend({ movedFrom: PageNumber.nullable() }),
  },
  'placement.remove': {
    args: z.object({ storyId: Id, date: IsoDate }).strict(),
    result: z.object({ removed: z.literal(true), page: PageNumber }),
  },
} as const;
