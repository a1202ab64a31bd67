import { z } from 'zod';
import { Id, None } from '../wire/common';

/** Who edits a story now (NEWSROOM.md: one person at a time, visible to others). */
export const LockInfo = z.object({
  storyId: Id,
  holderId: z.number().int(),
  holderName: z.string(),
  since: z.string(),
  /** True when the acting profile holds it. */
  mine: z.boolean(),
});
export type LockInfo = z.infer<typeof LockInfo>;

const ByStory = z.object({ storyId: Id }).strict();

export const lockApi = {
  /**
   * Takes one's lock, or renews it: the editor calls it as a heartbeat while the story is
   * open; a lock not renewed for `lock.expiryMinutes` lapses. Someone else's live lock is a
   * 'conflict' naming them.
   */
  'lock.acquire': { args: ByStory, result: LockInfo },
  'lock.get': { args: ByStory, result: LockInfo.nullable() },
  /** Only the holder releases; releasing a story nobody holds is a no-op. */
  'lock.release': { args: ByStory, result: z.object({ released: z.boolean() }) },
  /** After a crash: a chief ('lock.break') takes the lock away; audited. */
  'lock.break': { args: ByStory, result: z.object({ released: z.boolean() }) },
  /** Every lock of the acting profile (the app calls it at quit). */
  'lock.releaseAll': { args: None, result: z.object({ count: z.number().int().nonnegative() }) },
} as const;
