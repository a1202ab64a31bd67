import { z } from 'zod';
import { Page, PageLine, PageNumber } from '../../model/issue';
import { PageSignoff, ProofRound } from '../../model/page-signoff';
import { IsoDate } from '../../model/story';
import { Id } from '../wire/common';

const OnePage = z.object({ date: IsoDate, page: PageNumber }).strict();

/** A page's furniture (版名, its editors) and sign-off (大样签发): proof rounds, approval. */
export const pageApi = {
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

  /** Every page's state; `required`: whether export needs approved pages (print.approval). */
  'page.signoff': {
    args: z.object({ date: IsoDate }).strict(),
    result: z.object({ required: z.boolean(), pages: z.array(PageSignoff) }),
  },
  /** Ticks a proofread round (editors and up): rounds in order, not on an approved page. */
  'page.proof': {
    args: OnePage.extend({ round: ProofRound }).strict(),
    result: PageSignoff,
  },
  /** The duty chief editor (chief, admin) approves a page proofread in all three rounds. */
  'page.approve': { args: OnePage, result: PageSignoff },
  /** A chief takes an approval back; the proof rounds stay ticked. */
  'page.withdraw': {
    args: OnePage.extend({
      note: z.string().trim().max(200, 'note is longer than 200 characters').optional(),
    }).strict(),
    result: PageSignoff,
  },
  /**
   * The pages a story sits on (jumps included) and whether each is approved: an editor may
   * still trim a signed-off story placed on a page, which withdraws those approvals.
   */
  'page.ofStory': {
    args: z.object({ storyId: Id }).strict(),
    result: z.array(z.object({ date: IsoDate, page: PageNumber, approved: z.boolean() })),
  },
} as const;
