import { z } from 'zod';
import { PageNumber } from '../../model/issue';
import { IsoDate, Story, StoryFields } from '../../model/story';
import { TargetChars } from '../../model/target-length';
import { StoryDocumentSchema } from '../../story/schema';
import { Id } from './common';

/** Where a placed story stands in its modules: the board's badges for the whole story. */
export const PlacedCopyfit = z.object({
  date: IsoDate,
  page: PageNumber,
  jumpTo: PageNumber.nullable(),
  linesOver: z.number().int().min(0),
  /** 字数 of the text over (countChars). */
  charsOver: z.number().int().min(0),
  linesUnder: z.number().int().min(0),
});
export type PlacedCopyfit = z.infer<typeof PlacedCopyfit>;

export const copyfitApi = {
  /**
   * Copyfit of a story while it is edited: the text given (not yet saved) set in the modules
   * the board composed for it, in the issue of its desk date (else its latest issue). Null
   * when the story is on no page. Nothing is saved.
   */
  'story.copyfit': {
    args: z
      .object({
        id: Id,
        fields: StoryFields.optional(),
        document: StoryDocumentSchema.optional(),
      })
      .strict(),
    result: z.object({ placed: PlacedCopyfit.nullable() }),
  },
  /** 本稿需 N 字: the length an editor asks of the story; null clears it. */
  'story.setTarget': {
    args: z.object({ id: Id, targetChars: TargetChars.nullable() }).strict(),
    result: Story,
  },
} as const;
