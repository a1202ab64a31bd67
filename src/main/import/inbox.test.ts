import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../tests/fixtures/import/build-docx';
import { MARKET_MD, WEATHER_TXT } from '../../../tests/fixtures/import/stories';
import { zipBombDocx } from '../../../tests/fixtures/import/zip-bomb';
import { tempDir } from '../../../tests/support/temp-db';
import { openDesk } from '../desk/open-desk';
import type { Desk } from '../desk/types';
import { type Inbox, startInbox } from './inbox';
import { tinyPng } from './test-support/images';

// Generous timeouts: the reader's thread compiles the sources when it first starts, and the
// machine may be busy.
describe('the inbox folder', { timeout: 120_000 }, () => {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  let inbox: Inbox | undefined;
  let dir: string;
  const log: string[] = [];
  const at = (...parts: string[]) => join(dir, ...parts);

  beforeEach(async () => {
    temp = tempDir();
    dir = join(temp.dir, 'inbox');
    desk = openDesk({ dbPath: join(temp.dir, 'desk.sqlite') });
    const reply = await desk.call(
      'profile.create',
      { name: '王小明', role: 'reporter' },
      { actorId: 1 },
    );
    expect(reply.ok).toBe(true);
    log.length = 0;
  });
  afterEach(() => {
    inbox?.close();
    desk.close();
    temp.cleanup();
  });

  const start = async () => {
    inbox = await startInbox({ dir, desk, rescanMs: 0, settleMs: 0, log: (l) => log.push(l) });
    return inbox;
  };
  const stories = async () => {
    const reply = await desk.call('story.list', {}, { actorId: 1 });
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.result as { headline: string; authorName: string }[])
      .map((s) => `${s.headline} / ${s.authorName}`)
      .sort();
  };
  // Once the inbox runs, files arrive whole (written aside, then renamed), as a mail rule or
  // a careful copy does: the tests run with no settle time.
  const drop = (name: string, text: string) => {
    writeFileSync(at(`.${name}.part`), text);
    renameSync(at(`.${name}.part`), at(name));
  };
  const errorFile = (name: string) => readFileSync(at('failed', `${name}.error.txt`), 'utf8');

  it('files what names its author, moves it to done/, and refuses the rest with an error file', async () => {
    mkdirSync(at('photos'), { recursive: true });
    writeFileSync(at('market.md'), MARKET_MD);
    writeFileSync(at('photos', 'market.png'), tinyPng(4, 3));
    const docx = [{ style: 'Title', runs: [{ text: '市民广场今日开放' }] }];
    writeFileSync(at('square.docx'), await buildDocx(docx, '王小明'));
    writeFileSync(at('anonymous.docx'), await buildDocx(docx));
    writeFileSync(at('weather.txt'), WEATHER_TXT);
    writeFileSync(at('stranger.md'), '---\nheadline: 外稿\nauthor: 张三\n---\n\n正文。\n');
    writeFileSync(at('broken.md'), '---\nheadline: 坏稿\n\n正文。\n');
    writeFileSync(at('notes.pdf'), 'left alone');
    await (await start()).scan();

    expect(await stories()).toEqual(['城东菜市场改造完工 / 王小明', '市民广场今日开放 / 王小明']);
    expect(readdirSync(at('done')).sort()).toEqual(['market.md', 'square.docx']);
    expect(readdirSync(at('failed')).sort()).toEqual([
      'anonymous.docx',
      'anonymous.docx.error.txt',
      'broken.md',
      'broken.md.error.txt',
      'stranger.md',
      'stranger.md.error.txt',
      'weather.txt',
      'weather.txt.error.txt',
    ]);
    expect(errorFile('weather.txt')).toBe(
      'weather.txt:1: no author: the inbox files a story as the profile it names; a .txt file cannot name one; send a .md file with "author: NAME" in its front matter\n',
    );
    expect(errorFile('anonymous.docx')).toBe(
      "anonymous.docx: no author: the inbox files a story as the profile it names; set the document's Author property (File › Info › Author) to your profile name\n",
    );
    expect(errorFile('stranger.md')).toBe(
      'stranger.md:3: author 张三 is not a profile on this desk\n',
    );
    expect(errorFile('broken.md')).toBe(
      'broken.md:1: the front matter that starts here is not closed by a --- line\n',
    );
    expect(existsSync(at('notes.pdf'))).toBe(true);
    expect(readdirSync(at('importing'))).toEqual([]);
    expect(log).toContain('newsdesk: inbox: market.md filed as story 1 by 王小明');
  });

  it('refuses an image outside the inbox, and keeps both files when a name comes twice', async () => {
    writeFileSync(join(temp.dir, 'secret.png'), tinyPng(1, 1));
    await start();
    const md = '---\nheadline: 越界\nauthor: 王小明\n---\n\n![图](../secret.png)\n';
    drop('escape.md', md);
    drop('brief.md', '---\nheadline: 简讯一\nauthor: 王小明\n---\n');
    await inbox?.scan();
    drop('brief.md', '---\nheadline: 简讯二\nauthor: 王小明\n---\n');
    await inbox?.scan();
    expect(errorFile('escape.md')).toBe(
      "escape.md:6: image ../secret.png is outside the file's folder\n",
    );
    expect(readdirSync(at('done')).sort()).toEqual(['brief-2.md', 'brief.md']);
    expect(await stories()).toEqual(['简讯一 / 王小明', '简讯二 / 王小明']);
  });

  it('never tries a file twice: one left in importing/ by a stop goes to failed/ at start', async () => {
    mkdirSync(at('importing'), { recursive: true });
    writeFileSync(at('importing', 'crashed.md'), '---\nheadline: 坏稿\nauthor: 王小明\n---\n');
    await (await start()).scan();
    expect(readdirSync(at('importing'))).toEqual([]);
    expect(readdirSync(at('failed')).sort()).toEqual(['crashed.md', 'crashed.md.error.txt']);
    expect(errorFile('crashed.md')).toBe(
      'crashed.md: import interrupted (the desk stopped while reading it); check the desk for the story before sending the file again\n',
    );
    expect(await stories()).toEqual([]);
  });

  it('moves a zip bomb to failed/ with the reason, and files the next file', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(at('bomb.docx'), await zipBombDocx(300));
    writeFileSync(at('brief.md'), '---\nheadline: 简讯\nauthor: 王小明\n---\n');
    await (await start()).scan();
    expect(errorFile('bomb.docx')).toBe(
      'bomb.docx: it unpacks to more than 64 MB; a story is far smaller (a zip bomb?)\n',
    );
    expect(readdirSync(at('done'))).toEqual(['brief.md']);
    expect(readdirSync(at('importing'))).toEqual([]);
    expect(await stories()).toEqual(['简讯 / 王小明']);
  });

  it('notices a new file through fs.watch, without a scan being asked for', async () => {
    await start();
    drop('late.md', '---\nheadline: 晚到的稿子\nauthor: 王小明\n---\n\n正文。\n');
    for (let i = 0; i < 600 && !existsSync(at('done', 'late.md')); i++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(existsSync(at('done', 'late.md'))).toBe(true);
    expect(await stories()).toEqual(['晚到的稿子 / 王小明']);
  });
});
