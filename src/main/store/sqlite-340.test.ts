import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { StoryFields } from '../../shared/model/story';
import { documentFromPlainBody } from '../../shared/story/stored-document';
import { openDatabase } from './open-database';
import { createStore } from './store';

/** The operating system's sqlite3 shell (Debian 12: 3.40), as a paper's IT would use it. */
function shell(path: string, sql: string): { status: number | null; out: string; err: string } {
  const run = spawnSync('sqlite3', ['-batch', path, sql], { encoding: 'utf8' });
  return { status: run.status, out: run.stdout.trim(), err: run.stderr.trim() };
}
const systemSqlite = spawnSync('sqlite3', ['-version'], { encoding: 'utf8' });
const present = systemSqlite.status === 0;

describe.runIf(present)(`the system sqlite3 (${systemSqlite.stdout?.split(' ')[0]})`, () => {
  let temp: ReturnType<typeof tempDir>;
  let path: string;
  beforeEach(() => {
    temp = tempDir();
    path = join(temp.dir, 'paper.sqlite');
    const store = createStore(openDatabase(path));
    const author = store.profiles.create('王小明', 'reporter', '2026-03-01T00:00:00Z').id;
    const at = '2026-03-02T08:00:00.000Z';
    store.stories.create(
      StoryFields.parse({ headline: '市民广场今日开放' }),
      documentFromPlainBody('本报讯 广场位于城东。\n\n首日接待游客五百名。'),
      author,
      '2026-03-02',
      at,
    );
    store.db.close();
  });
  afterEach(() => temp.cleanup());

  it('opens the file, finds it intact and finds a story in the search index', () => {
    expect(shell(path, 'PRAGMA integrity_check;')).toEqual({ status: 0, out: 'ok', err: '' });
    expect(
      shell(path, `SELECT rowid, body FROM story_search WHERE story_search MATCH '"位于城东"';`),
    ).toEqual({ status: 0, out: '1|本报讯 广场位于城东。\n首日接待游客五百名。', err: '' });
  });

  it('writes stories without a missing function, and the store indexes them at next open', () => {
    const doc = JSON.stringify(documentFromPlainBody('图书馆今日落成。'));
    const write = shell(
      path,
      `UPDATE stories SET headline = '城西新馆', document = '${doc}' WHERE id = 1;
       INSERT INTO stories (author_id, desk_date, status, priority, headline, document, chars,
         version, created_at, updated_at)
       VALUES (1, '2026-03-02', 'draft', 'normal', '桥梁通车', '{"body":[]}', 0, 1, 'x', 'x');
       PRAGMA integrity_check;`,
    );
    expect(write).toEqual({ status: 0, out: 'ok', err: '' });
    expect(
      shell(path, `SELECT rowid FROM story_search WHERE story_search MATCH '"图书馆今日"';`).out,
    ).toBe('1');

    const store = createStore(openDatabase(path));
    const ids = (query: string) => store.search.search({ query, limit: 10 }).map((hit) => hit.id);
    expect([ids('城西'), ids('馆'), ids('桥'), ids('城东'), ids('游客')]).toEqual([
      [1],
      [1],
      [2],
      [],
      [],
    ]);
    // The contentless character index took exactly the tokens it was given back out.
    store.db.prepare("INSERT INTO story_chars (story_chars) VALUES ('integrity-check')").run();
    expect(store.db.prepare('SELECT count(*) FROM story_chars_pending').pluck().get()).toBe(0);
    store.db.close();
    expect(shell(path, 'PRAGMA integrity_check;').out).toBe('ok');
  });
});
