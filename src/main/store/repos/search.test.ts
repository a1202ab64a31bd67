import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-db';
import { StoryFields, type StoryFieldsInput } from '../../../shared/model/story';
import { documentFromPlainBody } from '../../../shared/story/stored-document';
import { MIGRATIONS } from '../migrations';
import { compareVersions, MIN_SQLITE_VERSION, openDatabase } from '../open-database';
import { createCharIndex, LEGACY_SPACED_FUNCTION, spacedText } from '../search-chars';
import { createStore, type Store } from '../store';
import {
  charsPhrase,
  createSearchRepo,
  ftsPhrase,
  isCharQuery,
  likePattern,
  likeSnippet,
  parseMarked,
} from './search';

/** A released migration's SQL, as the runner would apply it. */
function migrationSql(version: number): string {
  const found = MIGRATIONS.find((m) => m.version === version);
  if (!found) throw new Error(`no migration ${version}`);
  return found.sql;
}
const initialSchema = migrationSql(1);
const searchSchema = migrationSql(2);
const searchCharsSchema = migrationSql(4);

const hit = (text: string) => ({ text, hit: true });
const plain = (text: string) => ({ text, hit: false });

describe('story search', () => {
  let temp: ReturnType<typeof tempDir>;
  let store: Store;
  let alice: number;
  let bob: number;
  let clock = 0;

  type Input = StoryFieldsInput & { body: string };
  function file({ body, ...input }: Input, author = alice, deskDate = '2026-03-02'): number {
    clock += 1;
    const at = `2026-03-02T08:00:${String(clock).padStart(2, '0')}.000Z`;
    const fields = StoryFields.parse(input);
    return store.stories.create(fields, documentFromPlainBody(body), author, deskDate, at);
  }
  const search = (
    query: string,
    more: { authorId?: number; deskDate?: string; limit?: number } = {},
  ) => store.search.search({ query, limit: 50, ...more });
  const ids = (query: string, more = {}) => search(query, more).map((h) => h.id);

  beforeEach(() => {
    temp = tempDir();
    store = createStore(openDatabase(join(temp.dir, 'search.sqlite')));
    clock = 0;
    alice = store.profiles.create('王小明', 'reporter', '2026-03-01T00:00:00Z').id;
    bob = store.profiles.create('李娜', 'reporter', '2026-03-01T00:00:00Z').id;
    file({
      headline: '市民广场今日开放',
      body: '本报讯 市民广场今天上午正式开放，首日接待游客五百名。\n\n广场位于城东。',
    });
    file(
      { headline: '城东新建图书馆', body: '新图书馆藏书十万册。市民可凭身份证借阅图书。' },
      bob,
      '2026-03-03',
    );
    file({
      kicker: 'Culture',
      headline: 'New Library Opens',
      body: 'The city library opened on Monday. Readers queued at 8 am.',
    });
    file({
      headline: '物价指数平稳',
      body: '统计局发布数据：CPI上涨0.2%，其中食品_价格 "NEAR" 持平 -- 见图*。',
    });
    file({ headline: '读书月启动', body: '活动期间，区图书馆延长开放时间。' });
  });
  afterEach(() => {
    store.db.close();
    temp.cleanup();
  });

  it('runs on an SQLite with FTS5 trigram', () => {
    const version = String(store.db.prepare('SELECT sqlite_version()').pluck().get());
    expect(compareVersions(version, MIN_SQLITE_VERSION)).toBeGreaterThanOrEqual(0);
    const options = store.db
      .prepare("SELECT sql FROM sqlite_master WHERE name = 'story_search'")
      .pluck()
      .get();
    expect(options).toMatch(/tokenize = 'trigram'/);
  });

  it('finds one character with LIKE: headline-stack hits first, then newest body hits', () => {
    expect(search('城').map((h) => [h.id, h.snippet, h.score])).toEqual([
      [2, [hit('城'), plain('东新建图书馆')], 2],
      // The whole body fits in a snippet.
      [
        1,
        [
          plain('本报讯 市民广场今天上午正式开放，首日接待游客五百名。 广场位于'),
          hit('城'),
          plain('东。'),
        ],
        1,
      ],
    ]);
  });

  it('finds two characters with LIKE, a headline hit before a newer body hit', () => {
    expect(search('市民').map((h) => [h.id, h.snippet])).toEqual([
      [1, [hit('市民'), plain('广场今日开放')]],
      [2, [plain('新图书馆藏书十万册。'), hit('市民'), plain('可凭身份证借阅图书。')]],
    ]);
    // The body hit of story 1 does not list it twice.
    expect(ids('广场')).toEqual([1]);
  });

  it('narrows one and two characters with the character index, hits and misses alike', () => {
    const chars = (query: string) =>
      store.db
        .prepare('SELECT rowid FROM story_chars WHERE story_chars MATCH ? ORDER BY rowid')
        .pluck()
        .all(charsPhrase(query));
    expect(chars('城')).toEqual([1, 2]);
    expect(chars('市民')).toEqual([1, 2]);
    expect(chars('民市')).toEqual([]);
    expect(ids('城')).toEqual([2, 1]);
    expect(ids('市民')).toEqual([1, 2]);
    expect(ids('图书')).toEqual([2, 5]);
    expect(ids('馆')).toEqual([2, 5]);
    expect(ids('鑫')).toEqual([]);
    expect(ids('鑫龘')).toEqual([]);
    // Side by side in one field only: not across a punctuation mark, a block or a field.
    expect(ids('众多')).toEqual([]);
    expect(ids('名广')).toEqual([]);
    expect(ids('放本')).toEqual([]);
    expect(ids('，首')).toEqual([1]);
    expect(ids('。', { limit: 2 })).toEqual([5, 4]);
    expect(ids('市民', { authorId: bob })).toEqual([2]);
    expect(ids('图', { deskDate: '2026-03-03' })).toEqual([2]);
    expect(ids('书', { limit: 1 })).toEqual([5]);
    expect(ids('书')).toEqual([5, 2]);
  });

  it('gives the same hits through the character index as through the plain scan', () => {
    const scan = createSearchRepo(store.db, { candidateCap: 0 });
    const few = createSearchRepo(store.db, { candidateCap: 1 });
    for (const query of ['城', '市民', '图书', '馆', '书', '。', '，首', '开放', '鑫', '鑫龘']) {
      for (const more of [{}, { limit: 1 }, { authorId: alice }, { deskDate: '2026-03-03' }]) {
        const q = { query, limit: 50, ...more };
        expect(store.search.search(q), query).toEqual(scan.search(q));
        expect(few.search(q), query).toEqual(scan.search(q));
      }
    }
  });

  it('finds three characters and more with the trigram index, bm25 best first', () => {
    const found = search('图书馆');
    expect(found.map((h) => h.id)).toEqual([2, 5]);
    expect(found[0]?.score).toBeGreaterThan(found[1]?.score ?? Number.POSITIVE_INFINITY);
    expect(found.map((h) => h.snippet)).toEqual([
      [plain('新'), hit('图书馆'), plain('藏书十万册。市民可凭身份证借阅图书。')],
      [plain('活动期间，区'), hit('图书馆'), plain('延长开放时间。')],
    ]);
    expect(ids('市民广场今天')).toEqual([1]);
    expect(ids('广场位于城东')).toEqual([1]);
    expect(ids('图书馆长')).toEqual([]);
  });

  it('finds Latin text regardless of case, short and long', () => {
    expect(search('LIBRARY').map((h) => [h.id, h.snippet])).toEqual([
      [3, [plain('The city '), hit('library'), plain(' opened on Monday. Readers…')]],
    ]);
    expect(search('am').map((h) => [h.id, h.snippet])).toEqual([
      [3, [plain('…pened on Monday. Readers queued at 8 '), hit('am'), plain('.')]],
    ]);
    expect(ids('cu')).toEqual([3]);
    expect(ids('CPI')).toEqual([4]);
  });

  it('matches FTS and LIKE syntax characters literally, without errors', () => {
    for (const query of [
      '"',
      '*',
      '-',
      '%',
      '_',
      '"NEAR"',
      'NEAR',
      '0.2%',
      '品_价',
      '--',
      '*。',
      '图*',
    ]) {
      expect(ids(query), query).toEqual([4]);
    }
    for (const query of [
      '%%',
      '__',
      '_价_',
      'a"b',
      'NEAR(',
      '图书 NEAR 市民',
      '图书 OR 市民',
      '-图书',
      '图书*',
    ]) {
      expect(ids(query), query).toEqual([]);
    }
    expect(search('"NEAR"')[0]?.snippet).toEqual([
      plain('统计局发布数据：CPI上涨0.2%，其中食品_价格 '),
      hit('"NEAR"'),
      plain(' 持平 -- 见图*…'),
    ]);
  });

  it('filters by author and desk date in SQL, and honours the limit', () => {
    expect(ids('市民', { authorId: alice })).toEqual([1]);
    expect(ids('图书馆', { authorId: bob })).toEqual([2]);
    expect(ids('图书馆', { deskDate: '2026-03-02' })).toEqual([5]);
    expect(ids('图', { deskDate: '2026-03-03' })).toEqual([2]);
    expect(ids('。', { limit: 2 })).toEqual([5, 4]);
    expect(ids('开放', { limit: 1 })).toEqual([1]);
  });

  it('keeps the index true after a save, a raw update and a delete', () => {
    store.stories.save(
      1,
      StoryFields.parse({ headline: '市民广场今日开放' }),
      documentFromPlainBody('广场位于城西。'),
      alice,
      '2026-03-02T09:00:00.000Z',
    );
    expect(ids('城东')).toEqual([2]);
    expect(ids('位于城西')).toEqual([1]);
    expect(ids('接待游客')).toEqual([]);
    store.db.prepare("UPDATE stories SET status = 'filed' WHERE id = 1").run();
    expect(search('位于城西')[0]?.status).toBe('filed');
    store.db.exec('DROP TRIGGER story_revisions_no_delete');
    store.db.prepare('DELETE FROM story_revisions WHERE story_id = 5').run();
    store.db.prepare('DELETE FROM stories WHERE id = 5').run();
    expect(ids('图书馆')).toEqual([2]);
    expect(store.db.prepare('SELECT count(*) FROM story_search').pluck().get()).toBe(4);
    expect(ids('西')).toEqual([1]);
    expect(ids('城东')).toEqual([2]);
    expect(ids('游客')).toEqual([]);
    expect(ids('区')).toEqual([]);
    expect(ids('读书')).toEqual([]);
    createCharIndex(store.db).sync(); // raw SQL writes are indexed by the store's next sync
    const chars = (query: string) =>
      store.db
        .prepare('SELECT rowid FROM story_chars WHERE story_chars MATCH ?')
        .pluck()
        .all(charsPhrase(query));
    expect(chars('城西')).toEqual([1]);
    expect(chars('游')).toEqual([]);
    expect(chars('读')).toEqual([]);
  });

  it('indexes every text unit of a richer document in order, runs joined, blocks apart', () => {
    const document = {
      body: [
        {
          type: 'paragraph',
          children: [{ text: '市民' }, { text: '广场', bold: true }, { text: '开放' }],
        },
        { type: 'crosshead', children: [{ text: '小标题' }] },
        {
          type: 'block-quote',
          children: [
            { type: 'paragraph', children: [{ text: '引语一' }] },
            { type: 'paragraph', children: [{ text: '引语二' }] },
          ],
        },
        {
          type: 'photo',
          asset: 'ab',
          width: 1,
          height: 1,
          caption: '图片说明',
          credit: '摄影 甲',
          children: [{ text: '' }],
        },
        {
          type: 'bulleted-list',
          children: [
            { type: 'list-item', children: [{ text: '第一' }] },
            { type: 'list-item', children: [{ text: '第二' }, { text: '半' }] },
          ],
        },
      ],
    };
    store.db.prepare('UPDATE stories SET document = ? WHERE id = 3').run(JSON.stringify(document));
    const body = store.db.prepare('SELECT body FROM story_search WHERE rowid = 3').pluck().get();
    expect(body).toBe('市民广场开放\n小标题\n引语一\n引语二\n图片说明\n第一\n第二半');
    expect(ids('民广场开')).toEqual([3]);
    expect(ids('图片说明')).toEqual([3]);
    expect(ids('第二半')).toEqual([3]);
    expect(ids('引语一引语')).toEqual([]);
    expect(ids('摄影')).toEqual([]);
  });

  it('backfills stories filed before the search migration', () => {
    const db = new Database(join(temp.dir, 'old.sqlite'));
    db.exec(initialSchema);
    db.exec("INSERT INTO profiles VALUES (1, 'a', 'admin', 'now')");
    db.prepare(`INSERT INTO stories (author_id, desk_date, status, priority, kicker, headline,
      document, chars, version, created_at, updated_at)
      VALUES (1, '2026-01-01', 'draft', 'normal', '引题', '旧稿', ?, 0, 1, 'now', 'now')`).run(
      JSON.stringify({ body: [{ type: 'paragraph', children: [{ text: '旧的正文' }] }] }),
    );
    db.exec(searchSchema);
    expect(db.prepare('SELECT kicker, headline, body FROM story_search').all()).toEqual([
      { kicker: '引题', headline: '旧稿', body: '旧的正文' },
    ]);
    db.close();
  });
  it('backfills the character index from the search index', () => {
    const db = new Database(join(temp.dir, 'old.sqlite'));
    db.function(LEGACY_SPACED_FUNCTION, { deterministic: true }, spacedText);
    db.exec(initialSchema);
    db.exec(searchSchema);
    db.exec("INSERT INTO profiles VALUES (1, 'a', 'admin', 'now')");
    db.prepare(`INSERT INTO stories (author_id, desk_date, status, priority, kicker, headline,
      document, chars, version, created_at, updated_at)
      VALUES (1, '2026-01-01', 'draft', 'normal', '引题', '旧稿', ?, 0, 1, 'now', 'now')`).run(
      JSON.stringify({ body: [{ type: 'paragraph', children: [{ text: '旧的正文' }] }] }),
    );
    db.exec(searchCharsSchema);
    const match = (query: string) =>
      db
        .prepare('SELECT rowid FROM story_chars WHERE story_chars MATCH ?')
        .pluck()
        .all(charsPhrase(query));
    expect([match('旧'), match('正文'), match('引题'), match('稿旧')]).toEqual([[1], [1], [1], []]);
    db.close();
  });
});

describe('search helpers', () => {
  it('quotes FTS5 phrases and escapes LIKE patterns', () => {
    expect(ftsPhrase('a "b" NEAR*')).toBe('"a ""b"" NEAR*"');
    expect(likePattern('5%_\\')).toBe('%5\\%\\_\\\\%');
  });

  it('phrases a character query as adjacent tokens, and knows one from a word query', () => {
    expect(charsPhrase('鑫龘')).toBe('"u946b u9f98"');
    expect([isCharQuery('鑫'), isCharQuery('鑫龘'), isCharQuery('。')]).toEqual([true, true, true]);
    expect([isCharQuery('ab'), isCharQuery('a鑫'), isCharQuery('鑫龘鱻')]).toEqual([
      false,
      false,
      false,
    ]);
  });

  it('parses markers into parts and never lets a marker through', () => {
    expect(parseMarked('a\uFDD0b\uFDD1c\uFDD1')).toEqual([plain('a'), hit('b'), plain('c')]);
  });

  it('cuts a fallback snippet around the first hit, marking every hit in it', () => {
    const text = `${'前'.repeat(30)}甲乙${'中'.repeat(5)}甲乙${'后'.repeat(40)}`;
    expect(likeSnippet(text, '甲乙')).toEqual([
      plain(`…${'前'.repeat(12)}`),
      hit('甲乙'),
      plain('中'.repeat(5)),
      hit('甲乙'),
      plain(`${'后'.repeat(19)}…`),
    ]);
    expect(likeSnippet('Ab ab AB', 'ab').filter((p) => p.hit)).toHaveLength(3);
  });
});
