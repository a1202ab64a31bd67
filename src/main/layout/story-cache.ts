// Placed stories by version: a story is read, parsed and mapped to the engine's input once
// per version, so the engine's prepared-text cache (keyed by block object) keeps hitting
// while the board composes again and again. A new version drops the old blocks.

import type { Story as StoredStory } from '../../shared/model/story';
import { storyToTypeset } from '../../shared/story/typeset-story';
import type { PreparedText, StoryBlock, Story as TypesetStory } from '../../shared/typeset';
import type { Store } from '../store/store';

export interface CachedStory {
  version: number;
  story: StoredStory;
  typeset: TypesetStory;
}

export interface LayoutCache {
  stories: Map<number, CachedStory>;
  prepared: Map<StoryBlock, PreparedText>;
  /** The last composition per issue id and the signature it was made for. */
  composed: Map<number, { signature: string; value: unknown }>;
}

const caches = new WeakMap<Store, LayoutCache>();

export function layoutCache(store: Store): LayoutCache {
  let cache = caches.get(store);
  if (!cache) {
    cache = { stories: new Map(), prepared: new Map(), composed: new Map() };
    caches.set(store, cache);
  }
  return cache;
}

/** Versions of the stories placed in an issue, cheaply (no documents read). */
export function placedVersions(store: Store, issueId: number): Map<number, number> {
  const rows = store.db
    .prepare<[number], { id: number; version: number }>(
      `SELECT stories.id, stories.version FROM placements
       JOIN pages ON pages.id = placements.page_id
       JOIN stories ON stories.id = placements.story_id WHERE pages.issue_id = ?`,
    )
    .all(issueId);
  return new Map(rows.map((r) => [r.id, r.version]));
}

export function cachedStory(store: Store, cache: LayoutCache, id: number, version: number) {
  const hit = cache.stories.get(id);
  if (hit && hit.version === version) return hit;
  if (hit) for (const block of hit.typeset.blocks) cache.prepared.delete(block);
  const story = store.stories.get(id);
  if (!story) throw new Error(`story ${id} vanished`);
  const entry: CachedStory = {
    version: story.version,
    story,
    typeset: storyToTypeset(story, story.document),
  };
  cache.stories.set(id, entry);
  return entry;
}
