import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../../../tests/support/run-cli';
import { doc } from '../../../../tests/support/story-doc';
import { tempDir } from '../../../../tests/support/temp-db';
import { openDesk } from '../../desk/open-desk';

describe('newsdesk layout, preflight and export', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  const nd = (...argv: string[]) => run('--db', db, ...argv);

  beforeEach(async () => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
    await nd('user', 'add', '王小明', '--role', 'reporter');
    await nd('issue', 'create', '2026-11-28', '--number', '8607');
    const desk = openDesk({ dbPath: db });
    const args = {
      fields: { headline: '市民广场今日开放', dateline: '本报讯' },
      document: doc('市民广场今天上午正式开放，游客500名。\n\n广场位于城东。'),
    };
    const reply = await desk.call('story.create', args, { actorId: 2 });
    desk.close();
    if (!reply.ok) throw new Error(reply.error.message);
    await nd('assign', '1', '2026-11-28', '--page', '1', '--priority', 'lead');
  });
  afterEach(() => temp.cleanup());

  it('lays the pages out and says, per page and story, what fits', async () => {
    const result = await nd('layout', '2026-11-28');
    expect(result.status).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(/^第一版\t要闻\t1 modules\t\d+ empty lines$/);
    expect(lines[1]).toMatch(/^ {2}1\t市民广场今日开放\t\d×\d+ at column \d+, line \d+\tfits/);
    expect(lines.slice(2)).toEqual([
      '第二版\t综合\t0 modules\t776 empty lines',
      '第三版\t专题\t0 modules\t776 empty lines',
      '第四版\t副刊\t0 modules\t776 empty lines',
    ]);
  });

  it('preflight lists each finding with its severity and exits 1 on an error', async () => {
    const result = await nd('preflight', '2026-11-28');
    expect(result.status).toBe(1);
    expect(result.out.split('\n').slice(0, 4)).toEqual([
      'ERROR\tpage 1\tstory 1\t市民广场今日开放: draft, not signed off',
      'ERROR\tpage 2\tstory -\tno stories',
      'ERROR\tpage 3\tstory -\tno stories',
      'ERROR\tpage 4\tstory -\tno stories',
    ]);
    expect(result.err).toMatch(/^newsdesk: preflight 2026-11-28: 4 errors, \d+ warnings$/);
  });

  it('exports the issue as HTML, written whole', async () => {
    const file = join(temp.dir, 'issue.html');
    const result = await nd('export', '2026-11-28', '--html', file);
    expect(result.status).toBe(0);
    expect(result.out).toMatch(new RegExp(`^${file}\\t4 pages\\t\\d+ bytes$`));
    const html = readFileSync(file, 'utf8');
    expect(html.match(/data-page="\d"/g)).toEqual([
      'data-page="1"',
      'data-page="2"',
      'data-page="3"',
      'data-page="4"',
    ]);
    expect(html).toContain('data-story="1"');
    expect(html).not.toMatch(/<script|https?:\/\//i);
    expect(readdirSync(temp.dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('refuses bad input with one line and writes nothing', async () => {
    const html = join(temp.dir, 'out.html');
    const cases: [string[], number, string][] = [
      [
        ['export', '2026-11-28', '--html', join(temp.dir, 'missing', 'x.html')],
        1,
        `newsdesk: --html ${join(temp.dir, 'missing', 'x.html')}: folder ${join(temp.dir, 'missing')} does not exist`,
      ],
      [
        ['export', '2026-11-29', '--html', html],
        1,
        'newsdesk: no issue for 2026-11-29; create it with: newsdesk issue create 2026-11-29',
      ],
      [
        ['layout', '2026-11-28', '--page', '9'],
        1,
        'newsdesk: page 9: issue 2026-11-28 has 4 pages',
      ],
      [
        ['export', '2026-11-28'],
        2,
        'newsdesk: export needs --pdf FILE or --html FILE; usage: newsdesk export DATE [--pdf FILE] [--html FILE] [--bleed MM] [--marks]',
      ],
      [
        ['export', '2026-11-28', '--html', html, '--bleed', '40'],
        2,
        'newsdesk: --bleed must be 0 to 10 mm (got 40)',
      ],
      [['assign', '99', '2026-11-28', '--page', '1'], 1, 'newsdesk: no story 99'],
    ];
    for (const [argv, status, err] of cases) {
      expect(await nd(...argv), argv.join(' ')).toEqual({ status, out: '', err });
    }
    expect(existsSync(html)).toBe(false);
  });
});
