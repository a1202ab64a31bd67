import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { doc } from '../../../tests/support/story-doc';
import { tempDir } from '../../../tests/support/temp-db';
import { StoryFields } from '../../shared/model/story';
import { syntheticFontSet } from '../../shared/typeset/synthetic-font';
import { openDatabase } from '../store/open-database';
import { createStore, type Store } from '../store/store';
import { CACHED_ISSUES, CACHED_STORIES, cachedStory, layoutCache, sessionFor } from './story-cache';

describe('the layout cache stays bounded however long the host runs', () => {
  const temp = tempDir();
  let store: Store;
  const ids: number[] = [];
  const at = '2026-12-04T08:00:00.000Z';

  beforeAll(() => {
    store = createStore(openDatabase(join(temp.dir, 'paper.sqlite')));
    const author = store.profiles.create('记者甲', 'reporter', at).id;
    store.db.transaction(() => {
      for (let i = 0; i < CACHED_STORIES + 100; i++) {
        // The schema's defaults fill the other fields, as story.create's do.
        const fields = StoryFields.parse({ headline: `稿件${i}`, priority: 'brief' });
        ids.push(store.stories.create(fields, doc(`正文${i}。`), author, '2026-12-04', at));
      }
    })();
  });
  afterAll(() => {
    store.db.close();
    temp.cleanup();
  });

  it(`keeps the ${CACHED_STORIES} most recently used stories and drops the others' paragraphs`, () => {
    const cache = layoutCache(store);
    const prepared = sessionFor(cache, 'settings', syntheticFontSet()).prepared;
    for (const id of ids) {
      const entry = cachedStory(store, cache, id, 1);
      // Stand-in for the engine preparing each paragraph while it composes.
      for (const block of entry.typeset.blocks) prepared.set(block, {} as never);
    }
    expect(cache.stories.size).toBe(CACHED_STORIES);
    expect([...cache.stories.keys()][0]).toBe(ids[100]);
    const kept = [...cache.stories.values()].flatMap((s) => s.typeset.blocks);
    expect(prepared.size).toBe(kept.length);
    expect(kept.every((block) => prepared.has(block))).toBe(true);

    // A hit refreshes: the oldest one used again survives the next arrival.
    const oldest = ids[100] as number;
    cachedStory(store, cache, oldest, 1);
    cachedStory(store, cache, ids[0] as number, 1);
    expect(cache.stories.has(oldest)).toBe(true);
    expect(cache.stories.has(ids[101] as number)).toBe(false);
  });

  it(`keeps the compositions of the last ${CACHED_ISSUES} issues`, () => {
    const cache = layoutCache(store);
    for (let issue = 1; issue <= 30; issue++)
      cache.composed.set(issue, { signature: '', value: 0 });
    expect([...cache.composed.keys()]).toEqual([27, 28, 29, 30]);
  });
});
