import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-db';
import { STORY_SORTS, type StorySort } from '../../../shared/contract/wire/story';
import { type Db, openDatabase } from '../open-database';
import { deskIdsSql, where } from './story-pages';

/**
 * A desk's order is read from the covering index alone: a story row holds its whole document
 * before `chars` and `updated_at`, so a plan that reads the table reads every document of
 * the day (about 60 ms at 10,000 stories; the ui-scale bench shows it).
 */
describe('story.page picks a page of ids from stories_desk_list', () => {
  let db: Db | null = null;
  let temp: ReturnType<typeof tempDir> | null = null;
  afterEach(() => {
    db?.close();
    temp?.cleanup();
  });

  const plan = (sort: StorySort, filter: Parameters<typeof where>[0]) => {
    temp = tempDir();
    db = openDatabase(join(temp.dir, 'paper.sqlite'));
    const clause = where(filter);
    return db
      .prepare(`EXPLAIN QUERY PLAN ${deskIdsSql({ sort, descending: false }, clause.sql)}`)
      .all(...clause.params, 100, 0)
      .map((row) => (row as { detail: string }).detail);
  };
  const query = (sort: StorySort) => ({ sort, descending: false, offset: 0, limit: 100 });

  // Every sort but by page (that one joins the placements first).
  const sorts = STORY_SORTS.filter((sort) => sort !== 'page');
  it.each(sorts)('sorted by %s, a desk date never reads the stories table', (sort) => {
    const details = plan(sort, { ...query(sort), deskDate: '2026-12-04' });
    expect(details).toContain(
      'SEARCH stories USING COVERING INDEX stories_desk_list (desk_date=?)',
    );
  });

  it('does the same for a status filter and for the tray (unplaced on the day)', () => {
    const filed = plan('workflow', {
      ...query('workflow'),
      deskDate: '2026-12-04',
      status: 'filed',
    });
    expect(filed).toContain(
      'SEARCH stories USING COVERING INDEX stories_desk_list (desk_date=? AND status=?)',
    );
    const tray = plan('workflow', {
      ...query('workflow'),
      deskDate: '2026-12-04',
      unplacedOn: '2026-12-04',
    });
    expect(tray).toContain('SEARCH stories USING COVERING INDEX stories_desk_list (desk_date=?)');
  });
});
