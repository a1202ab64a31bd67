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
    // No page is approved yet (大样签发): one error per page besides the others.
    expect(result.out.split('\n').slice(0, 8)).toEqual([
      'ERROR\tpage 1\tstory -\tpage not approved by the chief editor',
      'ERROR\tpage 1\tstory 1\t市民广场今日开放: draft, not signed off',
      'ERROR\tpage 2\tstory -\tno stories',
      'ERROR\tpage 2\tstory -\tpage not approved by the chief editor',
      'ERROR\tpage 3\tstory -\tno stories',
      'ERROR\tpage 3\tstory -\tpage not approved by the chief editor',
      'ERROR\tpage 4\tstory -\tno stories',
      'ERROR\tpage 4\tstory -\tpage not approved by the chief editor',
    ]);
    expect(result.err).toMatch(/^newsdesk: preflight 2026-11-28: 8 errors, \d+ warnings$/);
  });

  it('refuses to export past preflight errors, listing them; writes nothing', async () => {
    const file = join(temp.dir, 'issue.html');
    const result = await nd('export', '2026-11-28', '--html', file);
    expect(result.status).toBe(1);
    expect(result.out).toBe('');
    expect(result.err.split('\n')).toEqual([
      'newsdesk: preflight found 8 errors; not exported (force with a reason to export anyway):',
      'page 1: page not approved by the chief editor [page-not-approved]',
      'page 1: 市民广场今日开放: draft, not signed off [unsigned]',
      'page 2: no stories [empty-page]',
      'page 2: page not approved by the chief editor [page-not-approved]',
      'page 3: no stories [empty-page]',
      'page 3: page not approved by the chief editor [page-not-approved]',
      'page 4: no stories [empty-page]',
      'page 4: page not approved by the chief editor [page-not-approved]',
    ]);
    expect(
      // The paper and its own files (WAL, the clean-close mark): no export was written.
      readdirSync(temp.dir).filter(
        (name) => name !== 'paper.sqlite' && !/^paper\.sqlite[-.]/.test(name),
      ),
    ).toEqual([]);
  });

  it('exports the issue as HTML when forced with a reason, written whole and audited', async () => {
    const file = join(temp.dir, 'issue.html');
    const result = await nd('export', '2026-11-28', '--html', file, '--force', '值班总编电话签发');
    expect(result.status).toBe(0);
    const lines = result.out.split('\n');
    expect(lines[0]).toMatch(new RegExp(`^${file}\\t4 pages\\t\\d+ bytes$`));
    expect(lines.at(-1)).toBe('forced past preflight errors: 值班总编电话签发');
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
    const desk = openDesk({ dbPath: db });
    try {
      const audit = await desk.call('audit.list', {}, { actorId: 1 });
      expect(JSON.stringify(audit)).toContain('forced past preflight errors: 值班总编电话签发');
    } finally {
      desk.close();
    }
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
        'newsdesk: export needs --pdf FILE, --pdf-pages DIR or --html FILE; usage: newsdesk export DATE [--pdf FILE] [--pdf-pages DIR] [--html FILE] [--bleed MM] [--marks] [--colour cmyk|grey|rgb] [--force REASON]',
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
