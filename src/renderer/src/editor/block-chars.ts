import type { BodyBlock } from '../../../shared/story/elements';
import { type CountedFields, storyChars } from '../../../shared/story/story-chars';

const NO_FIELDS: CountedFields = { kicker: '', headline: '', subhead: '', dateline: '' };

// Slate keeps the identity of every block an edit does not touch, so a count cached per
// block object makes a key press recount one block, not the whole story. storyChars counts
// each block's units apart, so the sum of per-block counts is the story's count.
const perBlock = new WeakMap<BodyBlock, number>();

function blockChars(block: BodyBlock): number {
  let count = perBlock.get(block);
  if (count === undefined) {
    count = storyChars(NO_FIELDS, { version: 1, body: [block] });
    perBlock.set(block, count);
  }
  return count;
}

/** storyChars(head, body), recounting only the blocks that changed since the last call. */
export function bodyChars(body: readonly BodyBlock[], head: CountedFields = NO_FIELDS): number {
  let sum = storyChars(head, { version: 1, body: [] });
  for (const block of body) sum += blockChars(block);
  return sum;
}
