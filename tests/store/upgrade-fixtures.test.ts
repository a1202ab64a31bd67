import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { APPLICATION_ID, SCHEMA_VERSION } from '../../src/main/store/migrations';
import { tempDir } from '../support/temp-db';

const FIXTURES = join(__dirname, '..', 'fixtures', 'db');
const files = readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.sqlite'))
  .sort();
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';

describe('papers made by earlier releases (scripts/make-db-fixtures.mjs)', () => {
  it('has one fixture per released schema version', () => {
    expect(files).toEqual(['schema-11.sqlite', 'schema-3.sqlite', 'schema-4.sqlite']);
  });

  describe.each(files)('%s', (file) => {
    let temp: ReturnType<typeof tempDir>;
    let desk: Desk;
    let path: string;
    beforeEach(() => {
      temp = tempDir();
      path = join(temp.dir, file);
      copyFileSync(join(FIXTURES, file), path);
      desk = openDesk({ dbPath: path });
    });
    afterEach(() => {
      desk.close();
      temp.cleanup();
    });
    const call = async <T>(actorId: number, name: string, args: unknown): Promise<T> => {
      const reply = await desk.call(name, args, { actorId });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.code} ${reply.error.message}`);
      return reply.result as T;
    };

    it('is upgraded to the current schema, stamped as ours and intact', async () => {
      const info = await call<{ schemaVersion: number }>(1, 'app.info', {});
      expect(info.schemaVersion).toBe(SCHEMA_VERSION);
      const db = openDeskDb(path);
      expect(db.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      db.prepare("INSERT INTO story_chars (story_chars) VALUES ('integrity-check')").run();
      db.close();
    });

    it('keeps profiles, stories in every state, revisions, the issue and the photograph', async () => {
      const profiles = await call<{ name: string; role: string }[]>(1, 'profile.list', {});
      expect(profiles.map((p) => `${p.name}:${p.role}`)).toEqual([
        'admin:admin',
        '李晓芸:reporter',
        '王大伟:reporter',
        '张编辑:editor',
        '陈总编:chief',
      ]);
      const stories = await call<{ id: number; status: string; headline: string }[]>(
        1,
        'story.list',
        {},
      );
      expect(stories.map((s) => `${s.id} ${s.status} ${s.headline}`).sort()).toEqual([
        '1 signed-off 市民广场今日开放',
        '2 draft 城西新建图书馆',
        '3 filed 物价指数平稳',
        '4 spiked 暂缓刊发的稿件',
      ]);
      const revisions = await call<{ version: number; status: string }[]>(1, 'revision.list', {
        storyId: 1,
      });
      expect(revisions.map((r) => `${r.version} ${r.status}`)).toEqual([
        '1 draft',
        '2 draft',
        '3 filed',
        '4 edited',
        '5 reviewed',
        '6 signed-off',
      ]);
      const lead = await call<{
        hyphenation: string | null;
        document: { body: { type: string; asset?: string }[] };
      }>(1, 'story.get', { id: 1 });
      // Fields added since (migration 12): the paper's setting, in the story and its history.
      const first = await call<{ hyphenation: string | null }>(1, 'revision.get', {
        storyId: 1,
        version: 1,
      });
      expect([lead.hyphenation, first.hyphenation]).toEqual([null, null]);
      const photo = lead.document.body.find((b) => b.type === 'photo');
      const image = await call<{ dataBase64: string; width: number }>(1, 'asset.get', {
        hash: photo?.asset,
      });
      expect([image.dataBase64, image.width]).toEqual([PNG, 1]);
      const issue = await call<{
        pages: { number: number; name: string; editor: string }[];
        placements: { storyId: number; page: number }[];
      }>(1, 'issue.get', { date: '2026-03-02' });
      expect(issue.pages.map((p) => `${p.number} ${p.name} ${p.editor}`.trim())).toEqual([
        '1 要闻 张编辑',
        '2 综合',
        '3 专题',
        '4 副刊',
      ]);
      expect(issue.placements.map((p) => [p.storyId, p.page])).toEqual([
        [1, 1],
        [3, 2],
      ]);
    });

    it('finds stories by long and short queries, in the body and in captions', async () => {
      const ids = async (query: string) =>
        (await call<{ id: number }[]>(1, 'story.search', { query })).map((h) => h.id);
      expect(await ids('首日接待游客')).toEqual([1]);
      expect(await ids('开放首日的市民广场')).toEqual([1]);
      expect(await ids('图书')).toEqual([2]);
      expect(await ids('价')).toEqual([3]);
      expect(await ids('CPI')).toEqual([3]);
    });

    it('goes on working: save, move, restore a spiked story, search the new text', async () => {
      const reporter = 3; // 王大伟
      const saved = await call<{ version: number }>(reporter, 'story.save', {
        id: 2,
        fields: { headline: '城西新馆下月开放' },
        document: {
          version: 1,
          body: [{ type: 'paragraph', children: [{ text: '馆藏十万册。' }] }],
        },
      });
      expect(saved.version).toBe(2);
      await call(reporter, 'story.transition', { id: 2, to: 'filed' });
      const restored = await call<{ status: string }>(4, 'story.transition', {
        id: 4,
        to: 'restore',
      });
      expect(restored.status).toBe('filed');
      const ids = async (query: string) =>
        (await call<{ id: number }[]>(1, 'story.search', { query })).map((h) => h.id);
      expect([await ids('馆藏'), await ids('下月开放'), await ids('藏书十万')]).toEqual([
        [2],
        [2],
        [],
      ]);
    });
  });
});

/** A second connection, as a paper's IT would look at the file. */
function openDeskDb(path: string) {
  return new Database(path);
}
