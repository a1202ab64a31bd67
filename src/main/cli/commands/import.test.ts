import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../../tests/fixtures/import/build-docx';
import { MARKET_MD, WEATHER_TXT } from '../../../../tests/fixtures/import/stories';
import { runCli as run } from '../../../../tests/support/run-cli';
import { tempDir } from '../../../../tests/support/temp-db';
import { tinyPng } from '../../import/test-support/images';

describe('newsdesk import', { timeout: 120_000 }, () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  let dir: string;
  const file = (name: string) => join(dir, name);
  beforeEach(() => {
    temp = tempDir();
    dir = temp.dir;
    db = file('paper.sqlite');
    writeFileSync(file('market.md'), MARKET_MD);
    writeFileSync(file('weather.txt'), WEATHER_TXT);
    mkdirSync(file('photos'));
    writeFileSync(file('photos/market.png'), tinyPng(4, 3));
  });
  afterEach(() => temp.cleanup());

  it('files each story and prints ID<TAB>HEADLINE; --json prints an array', async () => {
    await run('--db', db, 'user', 'add', '王小明', '--role', 'reporter');
    writeFileSync(
      file('square.docx'),
      await buildDocx([
        { style: 'Title', runs: [{ text: '市民广场今日开放' }] },
        { picture: tinyPng(2, 2) },
      ]),
    );
    const result = await run(
      '--db',
      db,
      '--as',
      '王小明',
      'import',
      file('market.md'),
      file('weather.txt'),
      file('square.docx'),
    );
    expect(result).toEqual({
      status: 0,
      out: '1\t城东菜市场改造完工\n2\t今冬首场降雪明日到来\n3\t市民广场今日开放',
      err: '',
    });
    const json = await run('--db', db, '--json', 'import', file('weather.txt'));
    expect(JSON.parse(json.out)).toEqual([
      { file: file('weather.txt'), id: 4, headline: '今冬首场降雪明日到来' },
    ]);
    const draft = await run('--db', db, 'import', '--draft', file('weather.txt'));
    expect(draft).toEqual({ status: 0, out: '5\t今冬首场降雪明日到来', err: '' });
    const sqlite = new Database(db, { readonly: true });
    const authors = sqlite.prepare('SELECT author_id FROM stories ORDER BY id').pluck().all();
    expect(authors).toEqual([2, 2, 2, 1, 1]);
    // Filed (已交稿) as the docs say; a draft only when asked.
    const statuses = sqlite.prepare('SELECT status FROM stories ORDER BY id').pluck().all();
    expect(statuses).toEqual(['filed', 'filed', 'filed', 'filed', 'draft']);
    expect(sqlite.prepare('SELECT width, height FROM assets ORDER BY width').all()).toEqual([
      { width: 2, height: 2 },
      { width: 4, height: 3 },
    ]);
    sqlite.close();
  });

  it('imports the good files of a batch, prints one line per bad file and exits 1', async () => {
    await run('--db', db, 'user', 'add', '王小明', '--role', 'reporter');
    writeFileSync(file('no-photo.md'), '---\nheadline: 缺图\n---\n\n正文。\n\n![图注](gone.jpg)\n');
    writeFileSync(file('gbk.txt'), Buffer.from([0xb1, 0xea, 0xcc, 0xe2]));
    writeFileSync(file('fake.docx'), 'not a zip');
    const result = await run(
      '--db',
      db,
      'import',
      file('no-photo.md'),
      file('market.md'),
      file('gbk.txt'),
      file('weather.txt'),
      file('fake.docx'),
      file('absent.md'),
    );
    expect(result).toEqual({
      status: 1,
      out: '1\t城东菜市场改造完工\n2\t标题\n3\t今冬首场降雪明日到来',
      err: [
        // A GBK file (标题) is read, and says how.
        `newsdesk: ${file('gbk.txt')}: read as GB18030 (GBK) text`,
        `newsdesk: ${file('no-photo.md')}:7: image gone.jpg not found (no file ${file('gone.jpg')})`,
        `newsdesk: ${file('fake.docx')}: not a Word .docx file (not a zip file)`,
        `newsdesk: ${file('absent.md')}: no such file`,
      ].join('\n'),
    });
  });

  it('checks the size before reading, and wants at least one file', async () => {
    writeFileSync(file('huge.txt'), Buffer.alloc(50 * 1024 * 1024, 0x61));
    expect(await run('--db', db, 'import', file('huge.txt'))).toEqual({
      status: 1,
      out: '',
      err: `newsdesk: ${file('huge.txt')}: the file is 50.0 MB; a .txt story may be at most 5 MB`,
    });
    expect(await run('--db', db, 'import')).toEqual({
      status: 2,
      out: '',
      err: 'newsdesk: usage: newsdesk import FILE… [--draft]',
    });
  });
});
