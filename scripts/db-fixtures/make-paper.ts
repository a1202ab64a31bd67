// Makes the small paper of a database fixture with the code of an earlier release: run by
// scripts/make-db-fixtures.mjs inside a `git worktree` of that release, so every row is
// written by that release's own desk (the same in-process `desk.call` its CLI uses).
// Usage: node --import tsx make-paper.ts RELEASE_ROOT OUT.sqlite
import { join } from 'node:path';

type Reply =
  | { ok: true; result: unknown }
  | { ok: false; error: { code: string; message: string } };
interface Desk {
  call(name: string, args: unknown, session: { actorId: number | null }): Promise<Reply>;
  close(): void;
}

/** A 1×1 PNG: the paper's one photograph. */
const PNG =
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==';
const DATE = '2026-03-02';

async function main(): Promise<void> {
  const [root, out] = process.argv.slice(2);
  if (!root || !out) throw new Error('usage: make-paper.ts RELEASE_ROOT OUT.sqlite');
  const { openDesk } = (await import(join(root, 'src/main/desk/open-desk.ts'))) as {
    openDesk(options: { dbPath: string }): Desk;
  };
  const desk = openDesk({ dbPath: out });
  const call = async <T>(actorId: number, name: string, args: unknown): Promise<T> => {
    const reply = await desk.call(name, args, { actorId });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.code} ${reply.error.message}`);
    return reply.result as T;
  };
  const admin = 1;
  const profile = async (name: string, role: string) =>
    (await call<{ id: number }>(admin, 'profile.create', { name, role })).id;
  const reporter = await profile('李晓芸', 'reporter');
  const other = await profile('王大伟', 'reporter');
  const editor = await profile('张编辑', 'editor');
  const chief = await profile('陈总编', 'chief');

  const photo = await call<{ hash: string; width: number; height: number }>(reporter, 'asset.put', {
    name: 'square.png',
    mime: 'image/png',
    dataBase64: PNG,
  });
  const paragraph = (text: string) => ({ type: 'paragraph', children: [{ text }] });
  const body = (...texts: string[]) => ({ version: 1, body: texts.map(paragraph) });
  const story = async (author: number, headline: string, document: unknown) =>
    (
      await call<{ id: number }>(author, 'story.create', {
        fields: { headline },
        document,
        deskDate: DATE,
      })
    ).id;

  // 1: filed, edited, reviewed and signed off, with a photograph, saved twice.
  const lead = await story(reporter, '市民广场今日开放', body('本报讯 市民广场今天上午正式开放。'));
  await call(reporter, 'story.save', {
    id: lead,
    fields: { headline: '市民广场今日开放', kicker: '城建', priority: 'lead' },
    document: {
      version: 1,
      body: [
        paragraph('本报讯（记者 李晓芸）市民广场今天上午正式开放，首日接待游客五百名。'),
        {
          type: 'photo',
          asset: photo.hash,
          width: photo.width,
          height: photo.height,
          caption: '开放首日的市民广场',
          credit: '李晓芸 摄',
          children: [{ text: '' }],
        },
        paragraph('广场位于城东，占地三万平方米。'),
      ],
    },
  });
  await call(reporter, 'story.transition', { id: lead, to: 'filed' });
  await call(editor, 'story.transition', { id: lead, to: 'edited' });
  await call(chief, 'story.transition', { id: lead, to: 'reviewed' });
  await call(chief, 'story.transition', { id: lead, to: 'signed-off' });
  // 2: a draft still with its reporter.
  await story(other, '城西新建图书馆', body('新图书馆藏书十万册，下月开馆。'));
  // 3: filed, placed on page 2.
  const filed = await story(other, '物价指数平稳', body('统计局发布数据：CPI上涨0.2%。'));
  await call(other, 'story.transition', { id: filed, to: 'filed' });
  // 4: spiked.
  const spiked = await story(reporter, '暂缓刊发的稿件', body('此稿暂缓。'));
  await call(reporter, 'story.transition', { id: spiked, to: 'filed' });
  await call(editor, 'story.transition', { id: spiked, to: 'spiked', note: '与头条重复' });

  await call(editor, 'issue.create', { date: DATE, pages: 4 });
  await call(editor, 'page.set', { date: DATE, page: 1, name: '要闻', editor: '张编辑' });
  await call(editor, 'placement.assign', { storyId: lead, date: DATE, page: 1 });
  await call(editor, 'placement.assign', { storyId: filed, date: DATE, page: 2 });
  desk.close();
}

main().catch((error: unknown) => {
  process.stderr.write(`make-paper: ${error instanceof Error ? error.message : error}\n`);
  process.exit(1);
});
