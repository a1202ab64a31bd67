// Story blocks interned by content, so the session's prepared paragraphs (keyed by block
// object) is in effect keyed by block content: an edit re-prepares only the paragraphs it
// changed, whether it arrives as a saved version or as the editor's unsaved text.

import type { StoryBlock, TypesetSession, Story as TypesetStory } from '../../shared/typeset';

/** One story's live blocks by content key: its saved version's and its editor's last text. */
export interface StoryBlocks {
  saved: Map<string, StoryBlock>;
  edit: Map<string, StoryBlock>;
}

interface BlockCache {
  session: Pick<TypesetSession, 'prepared'> | null;
  blocks: Map<number, StoryBlocks>;
}

/**
 * The story with each block replaced by the known object of the same content, and the
 * prepared texts of blocks neither the saved version nor the edit holds any more dropped.
 */
export function internBlocks(
  cache: BlockCache,
  storyId: number,
  which: keyof StoryBlocks,
  story: TypesetStory,
): TypesetStory {
  let entry = cache.blocks.get(storyId);
  if (!entry) {
    entry = { saved: new Map(), edit: new Map() };
    cache.blocks.set(storyId, entry);
  }
  const old = entry[which];
  const other = which === 'saved' ? entry.edit : entry.saved;
  const next = new Map<string, StoryBlock>();
  const blocks = story.blocks.map((block) => {
    const key = JSON.stringify(block);
    const known = next.get(key) ?? old.get(key) ?? other.get(key) ?? block;
    next.set(key, known);
    return known;
  });
  for (const [key, block] of old) {
    if (!next.has(key) && other.get(key) !== block) cache.session?.prepared.delete(block);
  }
  entry[which] = next;
  return { ...story, blocks };
}
