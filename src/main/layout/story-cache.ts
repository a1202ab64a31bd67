// Placed stories by version: a story is read, parsed and mapped to the engine's input once
// per version, so the engine's prepared-text cache (keyed by block object) keeps hitting
// while the board composes again and again. Blocks are interned by content (intern-blocks):
// a new version, or the editor's unsaved text, reuses the objects of the blocks it did not
// change, so only changed paragraphs are prepared again. Every part is bounded (least
// recently used out first), so a host that runs for weeks, an issue a day, holds the recent
// issues' stories and not every story it ever composed.

import { LruMap } from '../../shared/lru-map';
import type { Story as StoredStory } from '../../shared/model/story';
import { storyToTypeset } from '../../shared/story/typeset-story';
import type { PreparedText, StoryBlock, Story as TypesetStory } from '../../shared/typeset';
import type { Store } from '../store/store';
import { internBlocks, type StoryBlocks } from './intern-blocks';

export interface CachedStory {
  version: number;
  story: StoredStory;
  typeset: TypesetStory;
}

/** Stories kept: a day's issue places well under a hundred; a few issues are open at once. */
export const CACHED_STORIES = 500;
/** Prepared paragraphs kept (each a few typed arrays, ~10–50 kB). */
export const CACHED_BLOCKS = 8000;
/** Compositions kept, one per issue. */
export const CACHED_ISSUES = 4;

export interface LayoutCache {
  stories: Map<number, CachedStory>;
  /** Prepared paragraphs by block, valid for the typesetting settings `preparedFor`. */
  prepared: Map<StoryBlock, PreparedText>;
  preparedFor: string;
  /** The last composition per issue id and the signature it was made for. */
  composed: Map<number, { signature: string; value: unknown }>;
  /** Each story's live blocks by content: its saved version's and the editor's last text. */
  blocks: Map<number, StoryBlocks>;
}

const caches = new WeakMap<Store, LayoutCache>();

export function layoutCache(store: Store): LayoutCache {
  let cache = caches.get(store);
  if (!cache) {
    const prepared = new LruMap<StoryBlock, PreparedText>(CACHED_BLOCKS);
    // A story's interned blocks hold its prepared paragraphs: dropping the one drops the other.
    const blocks = new LruMap<number, StoryBlocks>(CACHED_STORIES, (_id, evicted) => {
      for (const block of evicted.saved.values()) prepared.delete(block);
      for (const block of evicted.edit.values()) prepared.delete(block);
    });
    cache = {
      stories: new LruMap(CACHED_STORIES),
      prepared,
      preparedFor: '',
      composed: new LruMap(CACHED_ISSUES),
      blocks,
    };
    caches.set(store, cache);
  }
  return cache;
}

/**
 * The prepared paragraphs for these typesetting settings: a block is prepared at the body
 * size and 禁则 level of its time, so a settings change drops them all (and the board and
 * the export set text at the new size at once).
 */
export function preparedFor(
  cache: LayoutCache,
  settingsKey: string,
): Map<StoryBlock, PreparedText> {
  if (cache.preparedFor !== settingsKey) {
    cache.prepared.clear();
    cache.preparedFor = settingsKey;
  }
  return cache.prepared;
}

export function cachedStory(store: Store, cache: LayoutCache, id: number, version: number) {
  const hit = cache.stories.get(id);
  if (hit && hit.version === version) {
    cache.blocks.get(id); // keeps its interned blocks (and so its prepared paragraphs) as recent
    return hit;
  }
  const story = store.stories.get(id);
  if (!story) throw new Error(`story ${id} vanished`);
  const entry: CachedStory = {
    version: story.version,
    story,
    typeset: internBlocks(cache, id, 'saved', storyToTypeset(story, story.document)),
  };
  cache.stories.set(id, entry);
  return entry;
}
