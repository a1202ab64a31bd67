import { createHash } from 'node:crypto';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { tinyPng } from '../../src/main/import/test-support/images';
import { api } from '../../src/shared/contract';
import { buildDocx } from '../fixtures/import/build-docx';
import { MARKET_MD } from '../fixtures/import/stories';
import { tempDir } from '../support/temp-db';
import { inProcess, overHttp, type TestTransport } from './transports';

type Maker = (desk: Desk, dir: string) => Promise<TestTransport>;
const TRANSPORTS: [string, Maker][] = [
  ['in-process', async (desk) => inProcess(desk)],
  ['http', (desk, dir) => overHttp(desk, dir)],
];

const b64 = (bytes: Uint8Array | string) => Buffer.from(bytes).toString('base64');
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const PNG = tinyPng(4, 3);

function query(dbPath: string, sql: string): unknown[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare(sql).all();
  } finally {
    db.close();
  }
}

function counts(dbPath: string): Record<string, number> {
  const tables = ['stories', 'story_revisions', 'assets', 'audit'];
  return Object.fromEntries(
    tables.map((t) => [t, (query(dbPath, `SELECT COUNT(*) AS n FROM ${t}`)[0] as { n: number }).n]),
  );
}

describe.each(TRANSPORTS)(
  'assets and story.import over %s',
  { timeout: 120_000 },
  (_label, make) => {
    let temp: ReturnType<typeof tempDir>;
    let dbPath: string;
    let desk: Desk;
    let t: TestTransport;
    const ADMIN = 1;
    let reporter: number;
    let otherReporter: number;

    async function ok<R>(name: string, args: unknown, actor: number | null): Promise<R> {
      const reply = await t.call(name, args, actor);
      if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code} ${reply.error.message}`);
      api[name as keyof typeof api].result.parse(reply.result);
      return reply.result as R;
    }
    async function refused(name: string, args: unknown, actor: number | null) {
      const reply = await t.call(name, args, actor);
      if (reply.ok) throw new Error(`${name} was not refused`);
      // The reason code and params are for the UI (tests/contract/error-reasons.test.ts).
      const { reason: _reason, params: _params, ...body } = reply.error;
      return body;
    }

    beforeEach(async () => {
      temp = tempDir();
      dbPath = join(temp.dir, 'desk.sqlite');
      desk = openDesk({ dbPath });
      t = await make(desk, temp.dir);
      const create = (name: string) =>
        ok<{ id: number }>('profile.create', { name, role: 'reporter' }, ADMIN);
      reporter = (await create('王小明')).id;
      otherReporter = (await create('李娜')).id;
    });
    afterEach(async () => {
      await t.close();
      desk.close();
      temp.cleanup();
    });

    it('stores an image once by its sha256, with the size and type from its header', async () => {
      const put = { name: 'photo.png', mime: 'image/jpeg', dataBase64: b64(PNG) };
      const first = await ok('asset.put', put, reporter);
      expect(first).toEqual({ hash: sha256(PNG), width: 4, height: 3, mime: 'image/png' });
      expect(await ok('asset.put', { ...put, name: 'again.png' }, otherReporter)).toEqual(first);
      expect(counts(dbPath).assets).toBe(1);
      expect(await ok('asset.get', { hash: sha256(PNG) }, otherReporter)).toEqual({
        mime: 'image/png',
        dataBase64: b64(PNG),
        width: 4,
        height: 3,
      });
      const audit = query(dbPath, "SELECT detail FROM audit WHERE action = 'asset.put'");
      expect(audit).toEqual([{ detail: 'photo.png (4×3)' }]);
    });

    it('refuses what is not an image, an unknown hash, and a caller with no profile', async () => {
      const text = { name: 'notes.txt', mime: 'image/png', dataBase64: b64('not a picture') };
      expect(await refused('asset.put', text, reporter)).toEqual({
        code: 'refused',
        message: 'notes.txt is not a PNG, JPEG, GIF or WebP image',
      });
      expect(await refused('asset.get', { hash: '0'.repeat(64) }, reporter)).toEqual({
        code: 'not-found',
        message: `no image ${'0'.repeat(64)}`,
        field: 'hash',
      });
      const png = { name: 'a.png', mime: 'image/png', dataBase64: b64(PNG) };
      expect((await refused('asset.put', png, null)).code).toBe('unauthorized');
      expect(counts(dbPath).assets).toBe(0);
    });

    it('imports a .md with its photo as the reporter who files it, in one transaction', async () => {
      const story = await ok<Record<string, unknown>>(
        'story.import',
        {
          fileName: 'market.md',
          dataBase64: b64(MARKET_MD),
          images: { 'photos/market.png': b64(PNG) },
          deskDate: '2026-12-01',
        },
        reporter,
      );
      expect(story).toMatchObject({
        kicker: '民生速递',
        headline: '城东菜市场改造完工',
        subhead: '新增摊位120个',
        byline: '记者 王小明',
        dateline: '本报讯（记者 王小明）', // full-width at import
        section: '城市',
        priority: 'lead',
        // Filed (已交稿), as the docs say: created as version 1, filed as version 2.
        status: 'filed',
        authorId: reporter,
        authorName: '王小明',
        deskDate: '2026-12-01',
        version: 2,
        notices: [],
      });
      expect(story.document).toEqual({
        version: 1,
        body: [
          {
            type: 'paragraph',
            children: [
              { text: '城东菜市场改造工程昨日完工，' },
              { text: '新增摊位', bold: true },
              { text: '120个。' },
            ],
          },
          { type: 'crosshead', children: [{ text: '市民点赞' }] },
          {
            type: 'photo',
            asset: sha256(PNG),
            width: 4,
            height: 3,
            caption: '改造后的菜市场。',
            credit: '记者 王小明 摄',
            children: [{ text: '' }],
          },
          {
            type: 'block-quote',
            children: [{ type: 'paragraph', children: [{ text: '现在买菜方便多了。' }] }],
          },
        ],
      });
      expect(query(dbPath, 'SELECT hash, mime, width, height FROM assets')).toEqual([
        { hash: sha256(PNG), mime: 'image/png', width: 4, height: 3 },
      ]);
      const audit = query(
        dbPath,
        'SELECT action, target, detail FROM audit WHERE id > 3 ORDER BY id',
      );
      expect(audit).toEqual([
        { action: 'asset.put', target: `asset:${sha256(PNG)}`, detail: 'photos/market.png (4×3)' },
        { action: 'story.create', target: `story:${story.id}`, detail: '城东菜市场改造完工' },
        { action: 'story.import', target: `story:${story.id}`, detail: 'market.md' },
        { action: 'story.transition', target: `story:${story.id}`, detail: 'draft -> filed' },
      ]);
      // The other reporter does not see it.
      expect((await refused('story.get', { id: story.id }, otherReporter)).code).toBe('not-found');
    });

    it('takes images dropped together with the .md by file name; refuses a .md dropped alone', async () => {
      const before = counts(dbPath);
      expect(
        await refused(
          'story.import',
          { fileName: 'market.md', dataBase64: b64(MARKET_MD) },
          reporter,
        ),
      ).toEqual({
        code: 'refused',
        message:
          'market.md:16: image photos/market.png is missing: import the .md file together with its images',
      });
      const notImage = { 'market.png': b64('GIF? no, text') };
      expect(
        await refused(
          'story.import',
          { fileName: 'market.md', dataBase64: b64(MARKET_MD), images: notImage },
          reporter,
        ),
      ).toEqual({
        code: 'refused',
        message: 'market.md:16: photos/market.png is not a PNG, JPEG, GIF or WebP image',
      });
      expect(counts(dbPath)).toEqual(before);
      const dropped = {
        fileName: 'market.md',
        dataBase64: b64(MARKET_MD),
        images: { 'market.png': b64(PNG) },
      };
      expect(await ok('story.import', dropped, reporter)).toMatchObject({
        headline: '城东菜市场改造完工',
      });
    });

    it('imports a .txt and a .docx with its embedded picture', async () => {
      const txt = '今冬首场降雪明日到来\n\n气象台预计，明天有小到中雪。\n';
      const weather = await ok(
        'story.import',
        { fileName: 'weather.txt', dataBase64: b64(txt) },
        reporter,
      );
      expect(weather).toMatchObject({
        headline: '今冬首场降雪明日到来',
        authorName: '王小明',
        document: {
          version: 1,
          body: [{ type: 'paragraph', children: [{ text: '气象台预计，明天有小到中雪。' }] }],
        },
      });
      const docx = await buildDocx([
        { style: 'Title', runs: [{ text: '市民广场今日开放' }] },
        { runs: [{ text: '本报讯 ' }, { text: '今天上午', bold: true }, { text: '开放。' }] },
        { style: 'Heading2', runs: [{ text: '游客如织' }] },
        { picture: PNG },
      ]);
      const square = await ok(
        'story.import',
        { fileName: 'square.docx', dataBase64: b64(docx) },
        reporter,
      );
      expect(square).toMatchObject({
        headline: '市民广场今日开放',
        authorName: '王小明',
        document: {
          version: 1,
          body: [
            {
              type: 'paragraph',
              children: [{ text: '本报讯 ' }, { text: '今天上午', bold: true }, { text: '开放。' }],
            },
            { type: 'crosshead', children: [{ text: '游客如织' }] },
            {
              type: 'photo',
              asset: sha256(PNG),
              width: 4,
              height: 3,
              caption: '',
              credit: '',
              children: [{ text: '' }],
            },
          ],
        },
      });
      expect(query(dbPath, 'SELECT hash, width, height FROM assets')).toEqual([
        { hash: sha256(PNG), width: 4, height: 3 },
      ]);
    });

    it('refuses bad files with FILE:LINE: message and writes nothing', async () => {
      const before = counts(dbPath);
      const cases: [string, Uint8Array | string, string][] = [
        [
          'a.md',
          '---\nkicker: 引题\n---\n\n正文。\n',
          'a.md:1: no headline: the front matter needs a "headline: …" line',
        ],
        [
          'b.md',
          '---\nheadline: 标题\nkicker 引题\n---\n',
          'b.md:3: expected "key: value", found "kicker 引题"',
        ],
        [
          'c.txt',
          Buffer.from([0x41, 0x0a, 0x80, 0xff]),
          'c.txt:2: not text in UTF-8, UTF-16 or GB18030/GBK (a binary file?); save it as UTF-8 and import it again',
        ],
        [
          'f.md',
          '---\nheadline: [unclosed\n---\n',
          'f.md:2: headline: the [ that opens the value is not closed',
        ],
        ['d.docx', 'PK but not really', 'd.docx: not a Word .docx file (not a zip file)'],
        [
          'e.md',
          Buffer.alloc(6 * 1024 * 1024, 0x61),
          'e.md: the file is 6.0 MB; a .md story may be at most 5 MB',
        ],
      ];
      for (const [fileName, bytes, message] of cases) {
        const error = await refused('story.import', { fileName, dataBase64: b64(bytes) }, reporter);
        expect(error).toEqual({ code: 'refused', message, field: 'dataBase64' });
      }
      expect(counts(dbPath)).toEqual(before);
    });

    it("refuses a reporter filing another reporter's file; the desk may bring it in", async () => {
      const args = {
        fileName: 'market.md',
        dataBase64: b64(MARKET_MD),
        images: { 'market.png': b64(PNG) },
      };
      expect(await refused('story.import', args, otherReporter)).toEqual({
        code: 'forbidden',
        message: 'market.md:9: author is 王小明, not you (李娜)',
      });
      expect((await refused('story.import', args, null)).code).toBe('unauthorized');
      expect(counts(dbPath).stories).toBe(0);
      // The desk brings it in: the reporter stays its author, the admin is who filed it.
      const story = await ok<{ id: number }>('story.import', args, ADMIN);
      expect(story).toMatchObject({ authorId: reporter, authorName: '王小明', status: 'filed' });
      const by = (sql: string) => query(dbPath, sql.replace('ID', String(story.id)));
      expect(
        by('SELECT version, author_id, status FROM story_revisions WHERE story_id = ID'),
      ).toEqual([
        { version: 1, author_id: ADMIN, status: 'draft' },
        { version: 2, author_id: ADMIN, status: 'filed' },
      ]);
      expect(by("SELECT actor_id, action, detail FROM audit WHERE target = 'story:ID'")).toEqual([
        { actor_id: ADMIN, action: 'story.create', detail: '城东菜市场改造完工' },
        { actor_id: ADMIN, action: 'story.import', detail: 'market.md by 王小明' },
        { actor_id: ADMIN, action: 'story.transition', detail: 'draft -> filed' },
      ]);
      const stranger = {
        ...args,
        dataBase64: b64(MARKET_MD.replace('author: 王小明', 'author: 张三')),
      };
      expect(await refused('story.import', stranger, ADMIN)).toEqual({
        code: 'refused',
        message: 'market.md:9: author 张三 is not a profile on this desk',
      });
    });

    it('keeps a story a draft when asked, and tells what the reader did', async () => {
      const docx = await buildDocx([
        { runs: [{ text: '\u202e市民广场今日开放' }] },
        { runs: [{ text: '本报讯 今天上午开放。' }] },
      ]);
      const story = await ok(
        'story.import',
        { fileName: 'plain.docx', dataBase64: b64(docx), draft: true },
        reporter,
      );
      expect(story).toMatchObject({
        headline: '市民广场今日开放',
        status: 'draft',
        version: 1,
        notices: [
          'removed 1 invisible formatting character (such as right-to-left overrides)',
          'no paragraph has the Word style "Title": the first paragraph became the headline',
        ],
      });
    });
  },
);
