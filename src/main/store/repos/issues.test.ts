import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { doc } from '../../../../tests/support/story-doc';
import { tempDir } from '../../../../tests/support/temp-db';
import { StoryFields } from '../../../shared/model/story';
import { openDatabase } from '../open-database';
import { createStore, type Store } from '../store';

describe('issues repo', () => {
  let temp: ReturnType<typeof tempDir>;
  let store: Store;
  const at = '2026-11-28T08:00:00.000Z';

  beforeEach(() => {
    temp = tempDir();
    store = createStore(openDatabase(join(temp.dir, 'paper.sqlite')));
  });
  afterEach(() => {
    store.db.close();
    temp.cleanup();
  });

  function storyId(headline: string): number {
    const author = store.profiles.create(`p${headline}`, 'reporter', at).id;
    // The schema's defaults fill the other fields, as story.create's do.
    const fields = StoryFields.parse({ headline, priority: 'brief' });
    return store.stories.create(fields, doc(''), author, '2026-11-28', at);
  }

  it('creates pages with default names and finds the previous issue by date', () => {
    const id = store.issues.create('2026-11-28', 8607, 5, at);
    store.issues.create('2026-11-30', 8609, 4, at);
    expect(store.issues.pages(id).map((p) => p.name)).toEqual(['要闻', '综合', '专题', '副刊', '']);
    expect(store.issues.previous('2026-11-29')?.number).toBe(8607);
    expect(store.issues.previous('2026-11-28')).toBeUndefined();
    expect(store.issues.list().map((i) => i.date)).toEqual(['2026-11-30', '2026-11-28']);
  });

  it('places one story once per issue: placing again moves it and resets its module', () => {
    const issue = store.issues.create('2026-11-28', 1, 4, at);
    const story = storyId('一');
    store.issues.place(issue, story, 1, 'lead', null);
    store.db.prepare(`UPDATE placements SET module = '{"x":1}'`).run();
    store.issues.place(issue, story, 1, 'normal', 3);
    expect(store.db.prepare('SELECT module FROM placements').pluck().get()).toBe('{"x":1}');
    store.issues.place(issue, story, 2, 'normal', 3);
    expect(store.db.prepare('SELECT module FROM placements').pluck().all()).toEqual(['{}']);
    expect(store.issues.placementOf(issue, story)).toMatchObject({ page: 2, jumpTo: 3 });
    expect(store.issues.unplace(issue, story)).toBe(true);
    expect(store.issues.unplace(issue, story)).toBe(false);
  });

  it('changes the page count and reads only the page settings a paper has set', () => {
    const issue = store.issues.create('2026-11-28', 1, 4, at);
    store.issues.setPageCount(issue, 4, 6);
    expect(store.issues.pages(issue)).toHaveLength(6);
    store.issues.setPageCount(issue, 6, 2);
    expect(store.issues.get('2026-11-28')?.pageCount).toBe(2);
    expect(store.issues.pages(issue).map((p) => p.number)).toEqual([1, 2]);
    expect(store.issues.paperSettings()).toEqual({});
    store.settings.set('page.size', 'tabloid');
    store.settings.set('paper.name', '晋城日报');
    expect(store.issues.paperSettings()).toEqual({ 'page.size': 'tabloid' });
  });
});
