import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../../../tests/support/run-cli';
import { doc } from '../../../../tests/support/story-doc';
import { tempDir } from '../../../../tests/support/temp-db';
import { openDesk } from '../../desk/open-desk';

describe('newsdesk assign', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  let lead: number;
  let brief: number;
  const nd = (...argv: string[]) => run('--db', db, ...argv);
  const placements = () => {
    const conn = new Database(db, { readonly: true });
    try {
      return conn.prepare('SELECT COUNT(*) FROM placements').pluck().get();
    } finally {
      conn.close();
    }
  };

  beforeEach(async () => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
    await nd('user', 'add', '王小明', '--role', 'reporter');
    await nd('issue', 'create', '2026-11-28', '--number', '8607');
    const desk = openDesk({ dbPath: db });
    const create = async (headline: string) => {
      const args = { fields: { headline }, document: doc('本报讯 正文。') };
      const reply = await desk.call('story.create', args, { actorId: 2 });
      if (!reply.ok) throw new Error(reply.error.message);
      return (reply.result as { id: number }).id;
    };
    lead = await create('市民广场今日开放');
    brief = await create('高铁站通车');
    desk.close();
  });
  afterEach(() => temp.cleanup());

  it('puts stories on pages, moves them, and shows them per page', async () => {
    expect(
      await nd(
        'assign',
        String(lead),
        '2026-11-28',
        '--page',
        '1',
        '--priority',
        'lead',
        '--jump-to',
        '3',
      ),
    ).toEqual({
      status: 0,
      out: `${lead}\t2026-11-28 第一版\tlead\t市民广场今日开放\t下转第三版`,
      err: '',
    });
    expect((await nd('assign', String(brief), '2026-11-28', '--page', '1')).out).toBe(
      `${brief}\t2026-11-28 第一版\tnormal\t高铁站通车`,
    );
    expect(
      (await nd('assign', String(brief), '2026-11-28', '--page', '2', '--priority', 'brief')).out,
    ).toBe(`${brief}\t2026-11-28 第二版\tbrief\t高铁站通车\tmoved from 第一版`);
    expect((await nd('issue', 'show', '2026-11-28')).out.split('\n')).toEqual([
      '2026-11-28\t第8607期\t今日四版\t对开 390×546 mm\t8栏',
      '第一版\t要闻\t责任编辑 -\t版式 -\t校对 -',
      '  签发\t一校 -\t二校 -\t三校 -\t未签发',
      `  ${lead}\tlead\tdraft\t市民广场今日开放\t下转第三版\t-`,
      '第二版\t综合\t责任编辑 -\t版式 -\t校对 -',
      '  签发\t一校 -\t二校 -\t三校 -\t未签发',
      `  ${brief}\tbrief\tdraft\t高铁站通车\t-\t-`,
      '第三版\t专题\t责任编辑 -\t版式 -\t校对 -',
      '  签发\t一校 -\t二校 -\t三校 -\t未签发',
      '  (empty)',
      '第四版\t副刊\t责任编辑 -\t版式 -\t校对 -',
      '  签发\t一校 -\t二校 -\t三校 -\t未签发',
      '  (empty)',
    ]);
    expect(placements()).toBe(2);
  });

  it('refuses bad input with one clear line and writes nothing', async () => {
    const id = String(lead);
    const refusals: [string[], string][] = [
      [['assign', '99', '2026-11-28', '--page', '1'], 'newsdesk: no story 99'],
      [
        ['assign', id, '2026-11-28', '--page', '5'],
        'newsdesk: page 5: issue 2026-11-28 has 4 pages',
      ],
      [
        ['assign', id, '2026-11-29', '--page', '1'],
        'newsdesk: no issue for 2026-11-29; create it with: newsdesk issue create 2026-11-29',
      ],
      [
        ['assign', id, '2026-11-28', '--page', '3', '--jump-to', '2'],
        'newsdesk: jumpTo: page 2 is not after page 3; a story jumps to a later page',
      ],
      [
        ['assign', id, '2026-11-28', '--page', '1', '--jump-to', '5'],
        'newsdesk: jumpTo: page 5: issue 2026-11-28 has 4 pages',
      ],
      [
        ['--as', '王小明', 'assign', id, '2026-11-28', '--page', '1'],
        'newsdesk: 王小明 (reporter) may not page.edit',
      ],
    ];
    for (const [argv, err] of refusals) {
      expect(await nd(...argv), argv.join(' ')).toEqual({ status: 1, out: '', err });
    }
    const usage: [string[], string][] = [
      [
        ['assign', id, '2026-02-30', '--page', '1'],
        'newsdesk: DATE 2026-02-30: 2026-02 has only 28 days, got day 30',
      ],
      [
        ['assign', id, '2026-11-28'],
        'newsdesk: usage: newsdesk assign ID DATE --page N [--priority lead|normal|brief] [--jump-to M] [--may-jump]',
      ],
      [
        ['assign', id, '2026-11-28', '--page', '0'],
        'newsdesk: --page must be a positive whole number (got 0)',
      ],
      [
        ['assign', id, '2026-11-28', '--page', '1', '--priority', 'top'],
        'newsdesk: --priority must be one of lead, normal, brief (got top)',
      ],
      [
        ['assign', 'x', '2026-11-28', '--page', '1'],
        'newsdesk: story ID must be a positive whole number (got x)',
      ],
    ];
    for (const [argv, err] of usage) {
      expect(await nd(...argv), argv.join(' ')).toEqual({ status: 2, out: '', err });
    }
    expect(placements()).toBe(0);
  });
});
