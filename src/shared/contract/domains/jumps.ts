import { z } from 'zod';
import { PageNumber } from '../../model/issue';
import { IsoDate } from '../../model/story';
import { Id } from './common';
import { LayoutIssue } from './layout';

/** The editor's mark for smart jumps (issue #12, point 3). Editors and up. */
export const jumpsApi = {
  /**
   * Marks a placed story "may jump" (可转版), or clears the mark: where its page cannot hold
   * its stories, auto-layout jumps it first (to `toPage`, else the next page with room),
   * keeping at least its headline and ten lines per leg on its own page. Returns the whole
   * issue as composed after it.
   */
  'layout.markJump': {
    args: z
      .object({
        date: IsoDate,
        storyId: Id,
        mayJump: z.boolean(),
        toPage: PageNumber.optional(),
      })
      .strict(),
    result: LayoutIssue,
  },
} as const;
