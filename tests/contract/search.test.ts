import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../src/main/cli/main';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { api } from '../../src/shared/contract';
import { documentFromPlainBody } from '../../src/shared/story/stored-document';
import { tempDir } from '../support/temp-db';
import { inProcess, overHttp, type TestTransport } from './transports';

type Maker = (desk: Desk, dir: string) => Promise<TestTransport>;
const TRANSPORTS: [string, Maker][] = [
  ['in-process', async (desk) => inProcess(desk)],
  ['http', (desk, dir) => overHttp(desk, dir)],
];

interface Hit {
  id: number;
  headline: string;
  authorName: string;
  snippet: { text: string; hit: boolean }[];
}

describe.each(TRANSPORTS)('story.search over %s', (_label, make) => {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  let t: TestTransport;
  const ADMIN = 1;
  let reporter: number;
  let otherReporter: number;
  let editor: number;
  let mine: number;
  let theirs: number;

  async function ok<R>(name: string, args: unknown, actor: number | null): Promise<R> {
    const reply = await t.call(name, args, actor);
    if (!reply.ok) throw new Error(`${name} refused: ${reply.error.code} ${reply.error.message}`);
    api[name as keyof typeof api].result.parse(reply.result);
    return reply.result as R;
  }
  const search = (args: unknown, actor: number) => ok<Hit[]>('story.search', args, actor);
  const ids = async (args: unknown, actor: number) => (await search(args, actor)).map((h) => h.id);

  beforeEach(async () => {
    temp = tempDir();
    desk = openDesk({ dbPath: join(temp.dir, 'desk.sqlite') });
    t = await make(desk, temp.dir);
    const profile = async (name: string, role: string) =>
      (await ok<{ id: number }>('profile.create', { name, role }, ADMIN)).id;
    reporter = await profile('王小明', 'reporter');
    otherReporter = await profile('李娜', 'reporter');
    editor = await profile('张编辑', 'editor');
    const file = async (headline: string, body: string, actor: number, deskDate = '2026-03-02') => {
      const args = { fields: { headline }, document: documentFromPlainBody(body), deskDate };
      return (await ok<{ id: number }>('story.create', args, actor)).id;
    };
    mine = await file('市民广场今日开放', '广场位于城东，游客众多。', reporter);
    theirs = await file('城东新建图书馆', '市民可凭身份证借阅。', otherReporter, '2026-03-03');
  });
  afterEach(async () => {
    await t.close();
    desk.close();
    temp.cleanup();
  });

  it('finds stories best first with snippets as parts, for every query length', async () => {
    const found = await search({ query: '  城东  ' }, editor);
    expect(found.map((h) => [h.id, h.authorName])).toEqual([
      [theirs, '李娜'],
      [mine, '王小明'],
    ]);
    expect(found[1]?.snippet).toEqual([
      { text: '广场位于', hit: false },
      { text: '城东', hit: true },
      { text: '，游客众多。', hit: false },
    ]);
    expect(await ids({ query: '城' }, editor)).toEqual([theirs, mine]);
    expect(await ids({ query: '身份证' }, editor)).toEqual([theirs]);
    expect(await ids({ query: '图书馆', deskDate: '2026-03-02' }, editor)).toEqual([]);
    expect(await ids({ query: '市民', limit: 1 }, ADMIN)).toEqual([mine]);
  });

  it('shows a reporter only own stories', async () => {
    expect(await ids({ query: '城东' }, reporter)).toEqual([mine]);
    expect(await ids({ query: '城东' }, otherReporter)).toEqual([theirs]);
    expect(await ids({ query: '图书馆' }, reporter)).toEqual([]);
    expect(await ids({ query: '城' }, reporter)).toEqual([mine]);
    expect(await ids({ query: '图书' }, reporter)).toEqual([]);
    expect(await ids({ query: '身' }, otherReporter)).toEqual([theirs]);
  });

  it('finds one and two characters, hit or miss, through the character index', async () => {
    expect(await ids({ query: '东' }, editor)).toEqual([theirs, mine]);
    expect(await ids({ query: '游客' }, editor)).toEqual([mine]);
    expect((await search({ query: '借阅' }, editor))[0]?.snippet).toEqual([
      { text: '市民可凭身份证', hit: false },
      { text: '借阅', hit: true },
      { text: '。', hit: false },
    ]);
    expect(await ids({ query: '鑫' }, editor)).toEqual([]);
    expect(await ids({ query: '鑫龘' }, editor)).toEqual([]);
    expect(await ids({ query: '东城' }, editor)).toEqual([]);
  });

  it('keeps up with story.save', async () => {
    const document = documentFromPlainBody('位于城西。');
    await ok('story.save', { id: mine, fields: { headline: '广场开放' }, document }, reporter);
    expect(await ids({ query: '城东' }, editor)).toEqual([theirs]);
    expect(await ids({ query: '位于城西' }, editor)).toEqual([mine]);
    expect(await ids({ query: '西' }, editor)).toEqual([mine]);
    expect(await ids({ query: '游客' }, editor)).toEqual([]);
  });

  it('takes FTS syntax as text and refuses bad arguments', async () => {
    for (const query of ['"', 'NEAR', '*', '-', '%', '_', 'a" OR "b']) {
      expect(await ids({ query }, editor), query).toEqual([]);
    }
    const bad: [unknown, string][] = [
      [{ query: '   ' }, 'query'],
      [{ query: 'x'.repeat(101) }, 'query'],
      [{ query: '城', limit: 0 }, 'limit'],
      [{ query: '城', limit: 201 }, 'limit'],
      [{ query: '城', deskDate: '2026-02-30' }, 'deskDate'],
      [{}, 'query'],
    ];
    for (const [args, field] of bad) {
      const reply = await t.call('story.search', args, editor);
      expect(reply, JSON.stringify(args)).toMatchObject({
        ok: false,
        error: { code: 'bad-argument', field },
      });
    }
    expect(await t.call('story.search', { query: '城' }, null)).toMatchObject({
      ok: false,
      error: { code: 'unauthorized' },
    });
  });
});

describe('newsdesk search', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  async function run(...argv: string[]) {
    const out: string[] = [];
    const err: string[] = [];
    const status = await main(['--db', db, ...argv], {
      out: (s) => out.push(s),
      err: (s) => err.push(s),
    });
    return { status, out: out.join('\n'), err: err.join('\n') };
  }
  beforeEach(async () => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
    const desk = openDesk({ dbPath: db });
    const fields = { headline: '城东新建图书馆' };
    const document = documentFromPlainBody('市民可凭\t身份证借阅。\n\n图书馆位于城东。');
    await desk.call('story.create', { fields, document, deskDate: '2026-03-02' }, { actorId: 1 });
    desk.close();
  });
  afterEach(() => temp.cleanup());

  it('prints ID, headline and snippet with hits in 【】, best first', async () => {
    expect(await run('search', '城东')).toEqual({
      status: 0,
      out: '1\t城东新建图书馆\t【城东】新建图书馆',
      err: '',
    });
    expect(await run('search', '身份证')).toEqual({
      status: 0,
      out: '1\t城东新建图书馆\t市民可凭 【身份证】借阅。 图书馆位于城东。',
      err: '',
    });
    const json = await run('--json', 'search', '图书馆');
    expect(JSON.parse(json.out)).toMatchObject([{ id: 1, headline: '城东新建图书馆' }]);
  });

  it('prints nothing for no hits, and calls an empty query a usage error', async () => {
    expect(await run('search', '没有的词')).toEqual({ status: 0, out: '', err: '' });
    expect(await run('search', '  ')).toMatchObject({
      status: 2,
      err: 'newsdesk: usage: newsdesk search TEXT',
    });
    expect((await run('search')).status).toBe(2);
  });
});
