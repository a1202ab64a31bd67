// A placed story as the engine's input: given directly, or mapped from head + document.
// A lead whose body opens with a photo gets that photo across its module.

import { storyToTypeset } from '../story/typeset-story';
import type { Story } from '../typeset';
import type { PlacedStoryInput } from './types';

export function resolveStory(input: PlacedStoryInput): Story | null {
  if (input.story) return input.story;
  if (input.head && input.document) return storyToTypeset(input.head, input.document);
  return null;
}

/** A copy whose opening photo spans the frame (only the first part; the token is the same). */
export function leadPhotoAcross(story: Story, cols: number): Story {
  const first = story.blocks[0];
  if (cols < 2 || first?.kind !== 'photo' || first.span || first.columns !== undefined)
    return story;
  return { ...story, blocks: [{ ...first, span: 'frame' }, ...story.blocks.slice(1)] };
}
