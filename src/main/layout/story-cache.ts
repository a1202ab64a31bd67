// Placed stories by version: a story is read, parsed and mapped to the engine's input once
// per version, so the typesetting session's prepared paragraphs (keyed by block object)
// keep hitting while the board composes again and again. One session per store holds every
// engine cache, made anew when the typesetting settings or fonts change. Blocks are
// interned by content (intern-blocks): a new version, or the editor's unsaved text, reuses
// the objects of the blocks it did not change, so only changed paragraphs are prepared again. Every part is bounded (least
// recently used out first), so a host that runs for weeks, an issue a day, holds the recent
// issues' stories and not every story it ever composed.

import { LruMap } from '../../shared/lru-map';
import type { Settings } from '../../shared/model/settings';
import type { Story as StoredStory } from '../../shared/model/story';
import { storyToTypeset } from '../../shared/story/typeset-story';
import { TypesetSession, type Story as TypesetStory } from '../../shared/typeset';
import type { Store } from '../store/store';
import { layoutFonts } from './fonts';
import { internBlocks, type StoryBlocks } from './intern-blocks';
import { typesetSettings } from './paper-furniture';

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
/** Pages kept per issue kept (a city daily has 4–16). */
export const CACHED_PAGES = 16;

export interface LayoutCache {
  stories: Map<number, CachedStory>;
  /** Every engine cache, for the typesetting settings `sessionKey` (null: none yet). */
  session: TypesetSession | null;
  sessionKey: string;
  /** The last composition per issue id and the signature it was made for. */
  composed: Map<number, { signature: string; value: unknown }>;
  /** The last composition of each page ("issue:page") and the signature of its input. */
  pages: Map<string, { signature: string; value: unknown }>;
  /** Each story's live blocks by content: its saved version's and the editor's last text. */
  blocks: Map<number, StoryBlocks>;
}

const caches = new WeakMap<Store, LayoutCache>();

export function layoutCache(store: Store): LayoutCache {
  let cache = caches.get(store);
  if (!cache) {
    const made: LayoutCache = {
      stories: new LruMap(CACHED_STORIES),
      session: null,
      sessionKey: '',
      composed: new LruMap(CACHED_ISSUES),
      pages: new LruMap(CACHED_ISSUES * CACHED_PAGES),
      // A story's interned blocks hold its prepared paragraphs: dropping the one drops the other.
      blocks: new LruMap<number, StoryBlocks>(CACHED_STORIES, (_id, evicted) => {
        for (const block of evicted.saved.values()) made.session?.prepared.delete(block);
        for (const block of evicted.edit.values()) made.session?.prepared.delete(block);
      }),
    };
    cache = made;
    caches.set(store, cache);
  }
  return cache;
}

/**
 * The session for these settings and fonts. A new one when either changes: the memos' keys
 * hold the settings they read, but the old session's entries would only take up room.
 */
export function sessionFor(
  cache: LayoutCache,
  settingsKey: string,
  fonts = layoutFonts(),
): TypesetSession {
  if (!cache.session || cache.sessionKey !== settingsKey || cache.session.fonts !== fonts) {
    cache.session = new TypesetSession(fonts, CACHED_BLOCKS);
    cache.sessionKey = settingsKey;
  }
  return cache.session;
}

/** The store's session for the typesetting settings these desk settings give. */
export function layoutSession(store: Store, settings: Settings): TypesetSession {
  return sessionFor(layoutCache(store), JSON.stringify(typesetSettings(settings)));
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
