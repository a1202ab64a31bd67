import { z } from 'zod';
import { ModuleControls } from '../../model/module-controls';
import { IsoDate } from '../../model/story';
import { Id } from './common';
import { LayoutIssue } from './layout';

/**
 * The board's per-module controls (issue 12, point 6). Placement properties: stored with
 * the story's placement, honoured by composition (board, HTML and PDF alike).
 */
export const moduleControlsApi = {
  /**
   * Sets a placed story's module controls (the whole set: a field left out goes back to
   * layout's choice) and pins its module where it is, since the editor's hand changed it;
   * `pinned: false` leaves it unpinned (undo of a change made to an unpinned module).
   * Returns the whole issue as composed with them.
   */
  'layout.setControls': {
    args: z
      .object({
        date: IsoDate,
        storyId: Id,
        controls: ModuleControls,
        pinned: z.boolean().optional(),
      })
      .strict(),
    result: LayoutIssue,
  },
} as const;
