import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../../../tests/support/run-cli';
import { doc } from '../../../../tests/support/story-doc';
import { tempDir } from '../../../../tests/support/temp-db';
import { openDesk } from '../../desk/open-desk';
import { paragraphs } from '../../layout/test-support/issue-fixture';

const DAY = '2026-11-28';

describe('newsdesk template, layout proposals and assign --may-jump', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  const nd = (...argv: string[]) => run('--db', db, ...argv);

  /** Stories of about `chars` characters each, by the first admin; their ids. */
  const stories = (list: [string, number][]) => {
    const desk = openDesk({ dbPath: db });
    try {
      return list.map(([headline, chars], i) => {
        const args = {
          fields: { headline, dateline: '本报讯' },
          document: doc(paragraphs(chars, i).join('\n\n')),
        };
        return desk.call('story.create', args, { actorId: 1 });
      });
    } finally {
      desk.close();
    }
  };

  beforeEach(async () => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
    await nd('issue', 'create', DAY, '--number', '8607');
  });
  afterEach(() => temp.cleanup());

  it('lists the built-in front pages, saves a page, applies, renames and deletes it', async () => {
    const list = await nd('template', 'list', '--paper', 'tabloid');
    expect(list.status).toBe(0);
    expect(list.out.split('\n')).toEqual([
      '四开·头条通栏\t四开\tfront\t6 columns\t3 slots (news+photo,news,brief)\tbuilt-in',
      '四开·头条加评论\t四开\tfront\t6 columns\t4 slots (news+photo,commentary,news,brief)\tbuilt-in',
      '四开·导读\t四开\tfront\t6 columns\t4 slots (news+photo,news,news,brief)\tbuilt-in',
    ]);
    const replies = await Promise.all(
      stories([
        ['市民广场今日开放', 900],
        ['城市书房开到家门口', 500],
      ]),
    );
    expect(replies.every((r) => r.ok)).toBe(true);
    await nd('assign', '1', DAY, '--page', '1', '--priority', 'lead');
    await nd('assign', '2', DAY, '--page', '1');
    expect((await nd('layout', DAY, '--page', '1')).status).toBe(0);
    const saved = await nd('template', 'save', DAY, '1', '要闻版');
    expect(saved.out).toMatch(/^要闻版\t对开\tfront\t8 columns\t2 slots \(news,news\)\town$/);
    const applied = await nd('template', 'apply', DAY, '1', '对开·头条通栏');
    expect(applied.status).toBe(0);
    const lines = applied.out.split('\n');
    expect(lines[0]).toBe(`对开·头条通栏 → ${DAY} 第一版`);
    expect(lines[1]).toMatch(/^第一版\t要闻\t2 modules\t\d+ empty lines$/);
    expect(lines[2]).toMatch(/^ {2}1\t市民广场今日开放\t8×\d+ at column 0, line 0\t/);
    const taken = await nd('template', 'save', DAY, '1', '要闻版');
    expect([taken.status, taken.err]).toEqual([
      1,
      'newsdesk: a page template called 要闻版 exists',
    ]);
    expect((await nd('template', 'rename', '要闻版', '周一要闻')).out).toMatch(/^周一要闻\t/);
    expect((await nd('template', 'delete', '周一要闻')).out).toBe('deleted\t周一要闻');
    expect((await nd('template', 'list')).out.split('\n')).toHaveLength(6);
    expect((await nd('template', 'frobnicate')).status).toBe(2);
  });

  it('lists the jumps it proposes, makes them with --jump, and marks on assign', async () => {
    const replies = await Promise.all(
      stories([
        ['头条：全市老旧小区改造全面启动', 2600],
        ['工业增加值稳步增长', 3600],
        ['城市书房开到家门口', 2200],
        ['冬日里的城市公园', 2000],
      ]),
    );
    expect(replies.every((r) => r.ok)).toBe(true);
    await nd('assign', '1', DAY, '--page', '1', '--priority', 'lead');
    for (const id of ['2', '3']) await nd('assign', id, DAY, '--page', '1');
    const marked = await nd('assign', '4', DAY, '--page', '1', '--may-jump', '--jump-to', '3');
    expect(marked.out).toBe(`4\t${DAY} 第一版\tnormal\t冬日里的城市公园\t可转版`);
    const laid = await nd('layout', DAY);
    expect(laid.status).toBe(0);
    // The marked story jumped to the page it names; the longest overset one is proposed.
    expect(laid.out).toMatch(
      /\n {2}4\t冬日里的城市公园\t3×\d+ at column \d, line \d+\tfits, continues on 第三版\n/,
    );
    expect(laid.out).toMatch(
      /\n {2}4 \(part 2\)\t冬日里的城市公园\t8×\d\d at column 0, line 0\tfits/,
    );
    const proposed = laid.out.split('\n').filter((l) => l.startsWith('proposed jump'));
    expect(proposed).toHaveLength(1);
    expect(proposed[0]).toMatch(
      /^proposed jump\t2\t工业增加值稳步增长\t第一版 → 第二版\t\d+ lines overset\t\(--jump makes it\)$/,
    );
    const made = await nd('layout', DAY, '--jump');
    expect(made.out).not.toMatch(/proposed jump/);
    expect(made.out).toMatch(/\n {2}2\t工业增加值稳步增长\t.*\tfits, continues on 第二版\n/);
  });
});
