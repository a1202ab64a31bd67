import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../../../tests/support/run-cli';
import { doc } from '../../../../tests/support/story-doc';
import { tempDir } from '../../../../tests/support/temp-db';
import { openDesk } from '../../desk/open-desk';

describe('newsdesk story', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  let first: number;
  let second: number;

  beforeEach(async () => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
    await run('--db', db, 'user', 'add', '王小明', '--role', 'reporter');
    await run('--db', db, 'user', 'add', '张编辑', '--role', 'editor');
    await run('--db', db, 'user', 'add', '刘主编', '--role', 'chief');
    // There is no CLI create yet (import comes later): stories are made through the desk.
    const desk = openDesk({ dbPath: db });
    const create = async (headline: string, body: string) => {
      const args = { fields: { headline }, document: doc(body) };
      const reply = await desk.call('story.create', args, { actorId: 2 });
      if (!reply.ok) throw new Error(reply.error.message);
      return (reply.result as { id: number }).id;
    };
    first = await create('市民广场今日开放', '本报讯 市民广场今天上午正式开放。');
    second = await create('高铁站通车', '');
    desk.close();
  });
  afterEach(() => temp.cleanup());

  it('lists the desk, filtered by --status, as text or JSON', async () => {
    expect(await run('--db', db, 'story', 'list')).toEqual({
      status: 0,
      out: `${second}\tdraft\t王小明\t5字\t高铁站通车\n${first}\tdraft\t王小明\t24字\t市民广场今日开放`,
      err: '',
    });
    await run('--db', db, '--as', '王小明', 'story', 'status', String(first), 'filed');
    expect((await run('--db', db, 'story', 'list', '--status', 'filed')).out).toBe(
      `${first}\tfiled\t王小明\t24字\t市民广场今日开放`,
    );
    const json = JSON.parse((await run('--db', db, '--json', 'story', 'list')).out);
    expect(json.map((s: { id: number; status: string }) => [s.id, s.status])).toEqual([
      [second, 'draft'],
      [first, 'filed'],
    ]);
    expect(await run('--db', db, 'story', 'list', '--status', 'done')).toEqual({
      status: 2,
      out: '',
      err: 'newsdesk: --status must be one of draft, filed, edited, reviewed, signed-off, spiked (got done)',
    });
  });

  it('shows a story: fields, status, author, chars, version and body', async () => {
    const shown = await run('--db', db, 'story', 'show', String(first));
    expect(shown.status).toBe(0);
    const lines = shown.out.split('\n');
    expect(lines.slice(0, 2)).toEqual([`id: ${first}`, 'headline: 市民广场今日开放']);
    expect(lines).toContain('status: draft');
    expect(lines).toContain('author: 王小明');
    expect(lines).toContain('chars: 24');
    expect(lines).toContain('version: 1');
    expect(lines.slice(-2)).toEqual(['', '本报讯 市民广场今天上午正式开放。']);
    const json = JSON.parse((await run('--db', db, '--json', 'story', 'show', String(first))).out);
    expect(json).toMatchObject({
      id: first,
      status: 'draft',
      document: doc('本报讯 市民广场今天上午正式开放。'),
    });
    expect(await run('--db', db, 'story', 'show', '99')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: no story 99',
    });
  });

  it('moves a story through the workflow with the permissions of --as', async () => {
    const id = String(first);
    const step = (as: string, to: string) => run('--db', db, '--as', as, 'story', 'status', id, to);
    expect(await step('王小明', 'filed')).toEqual({
      status: 0,
      out: `${id}\tdraft -> filed\t市民广场今日开放`,
      err: '',
    });
    expect(await step('王小明', 'edited')).toEqual({
      status: 1,
      out: '',
      err: `newsdesk: story ${id}: 王小明 (reporter) may not move it filed -> edited`,
    });
    expect((await step('张编辑', 'edited')).status).toBe(0);
    expect((await step('张编辑', 'signed-off')).err).toBe(
      `newsdesk: story ${id} is edited; it cannot move to signed-off`,
    );
    expect((await step('刘主编', 'reviewed')).status).toBe(0);
    expect((await step('刘主编', 'signed-off')).out).toBe(
      `${id}\treviewed -> signed-off\t市民广场今日开放`,
    );
    expect((await step('张编辑', 'spiked')).out).toBe(
      `${id}\tsigned-off -> spiked\t市民广场今日开放`,
    );
    expect((await step('刘主编', 'restore')).out).toBe(
      `${id}\tspiked -> signed-off\t市民广场今日开放`,
    );
  });

  it('refuses a malformed command line with exit 2', async () => {
    for (const argv of [
      ['story'],
      ['story', 'show'],
      ['story', 'show', 'abc'],
      ['story', 'status', '1'],
      ['story', 'status', '1', 'published'],
      ['story', 'list', 'extra'],
    ]) {
      const result = await run('--db', db, ...argv);
      expect(result.status, argv.join(' ')).toBe(2);
      expect(result.err).toMatch(/^newsdesk: /);
    }
  });
});
