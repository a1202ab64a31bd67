import { z } from 'zod';
import { PageNumber } from '../../model/issue';
import { ModuleControls } from '../../model/module-controls';
import { IsoDate } from '../../model/story';
import { Id } from '../wire/common';
import { LayoutIssue, ModulePreview, ModuleSpec } from '../wire/layout-page';

const DatePage = z.object({ date: IsoDate, page: PageNumber.optional() }).strict();

/** A story part (part 2 = its continuation on the jump page) in a module of the page. */
const ModulePlacement = z
  .object({
    date: IsoDate,
    storyId: Id,
    part: z.number().int().min(1).max(2).optional(),
    module: ModuleSpec,
  })
  .strict();

/**
 * Page layout of a day's issue (NEWSROOM.md, "A day's issue"). Anyone may compose what they
 * may see (a reporter gets other people's modules as empty boxes); editors and up change it.
 */
export const layoutApi = {
  /** Composes the issue as saved (fixed modules kept, the rest placed on the fly). */
  'layout.compose': { args: DatePage, result: LayoutIssue },
  /**
   * Auto-layout of the page(s), pinned modules kept; saves every placement's module in one
   * transaction. Where a page cannot hold its stories, a story marked "may jump" there
   * jumps; with `jump`, so do the proposed ones (a story still overset, the longest
   * non-brief first), to `toPage` or the next page with room, with jump lines, and the
   * pages are laid out again. Without `jump` the result lists them as `proposedJumps`.
   * With `page` the result holds that page only, or every page with `whole` (the board).
   */
  'layout.auto': {
    args: z
      .object({
        date: IsoDate,
        page: PageNumber.optional(),
        jump: z.boolean().optional(),
        toPage: PageNumber.optional(),
        whole: z.boolean().optional(),
      })
      .strict(),
    result: LayoutIssue,
  },
  /**
   * Moves or resizes a story's module (part 2 = its continuation on the jump page) and pins
   * it there; the page's unpinned modules are laid out again around it. The module must lie
   * inside the page body and overlap no pinned module ('refused' names it). Returns the
   * whole issue as composed after it (a jump carries a change to other pages).
   */
  'layout.setModule': {
    args: ModulePlacement,
    result: LayoutIssue,
  },
  /**
   * Copyfit of a story part (part 2 = its continuation) in a module it is being dragged to,
   * without saving: the numbers layout.setModule would then report. The module must lie in
   * the page body; an overlap is reported (setModule would refuse it), not refused.
   */
  'layout.preview': {
    args: ModulePlacement,
    result: ModulePreview,
  },
  /**
   * Pins a story part's module where it is (or unpins it): auto-layout and later
   * placements keep a pinned module exactly and lay the page's others out around it.
   * Returns the whole issue as composed after it.
   */
  'layout.pin': {
    args: z
      .object({
        date: IsoDate,
        storyId: Id,
        part: z.number().int().min(1).max(2).optional(),
        pinned: z.boolean(),
      })
      .strict(),
    result: LayoutIssue,
  },
  /** The story jumps to a later page: its continuation gets a module there. */
  'layout.linkJump': {
    args: z.object({ date: IsoDate, storyId: Id, toPage: PageNumber }).strict(),
    result: LayoutIssue,
  },
  /** The story no longer jumps; its continuation module is dropped. */
  'layout.unlinkJump': {
    args: z.object({ date: IsoDate, storyId: Id }).strict(),
    result: LayoutIssue,
  },
  /**
   * The editor's mark for smart jumps (issue #12, point 3). Editors and up. Marks a placed story "may jump" (可转版), or clears the mark: where its page cannot hold
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
  /**
   * The board's per-module controls (issue 12, point 6), stored with the placement. Sets a placed story's module controls (the whole set: a field left out goes back to
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
