import { z } from 'zod';
import { PageNumber, Placement } from '../../model/issue';
import { IsoDate, Priority } from '../../model/story';
import { Id } from '../wire/common';
import { LayoutIssue } from '../wire/layout-page';

/** What sits on a day's pages: a story on a page, at most one page per issue. */
export const placementApi = {
  /**
   * Puts a story on a page (one page per issue: assigning again moves it). Priority defaults
   * to the story's own; jumpTo is a later page of the same issue. With `mayJump` the story
   * is marked "may jump" (可转版) instead: it jumps (to jumpTo, else the next page with room)
   * only where auto-layout finds its page cannot hold its stories. With `compose` the answer
   * also holds the day's issue composed after it (as layout.compose gives it), so the board
   * shows the story on its page without asking again.
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
        compose: z.boolean().optional(),
      })
      .strict(),
    result: Placement.extend({ movedFrom: PageNumber.nullable(), layout: LayoutIssue.optional() }),
  },
  'placement.remove': {
    args: z.object({ storyId: Id, date: IsoDate }).strict(),
    result: z.object({ removed: z.literal(true), page: PageNumber }),
  },
} as const;
