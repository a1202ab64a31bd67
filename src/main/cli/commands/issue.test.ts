import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../../../tests/support/run-cli';
import { tempDir } from '../../../../tests/support/temp-db';

describe('newsdesk issue and page', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  const nd = (...argv: string[]) => run('--db', db, ...argv);
  beforeEach(() => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
  });
  afterEach(() => temp.cleanup());

  it('creates issues numbered on from the previous one, and refuses a second for a date', async () => {
    expect(await nd('issue', 'create', '2026-11-27', '--number', '8606')).toEqual({
      status: 0,
      out: '2026-11-27\t第8606期\t今日四版',
      err: '',
    });
    expect((await nd('issue', 'create', '2026-11-28')).out).toBe('2026-11-28\t第8607期\t今日四版');
    expect((await nd('issue', 'create', '2026-11-29', '--pages', '8')).out).toBe(
      '2026-11-29\t第8608期\t今日八版',
    );
    expect(await nd('issue', 'create', '2026-11-28')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: issue 2026-11-28 exists already (第8607期)',
    });
    const json = JSON.parse((await nd('--json', 'issue', 'show', '2026-11-28')).out);
    expect(json).toMatchObject({ date: '2026-11-28', number: 8607, pageCount: 4 });
  });

  it('shows the pages with names and staff, set with page set', async () => {
    await nd('issue', 'create', '2026-11-28', '--number', '8607');
    expect(
      await nd('page', 'set', '2026-11-28', '1', '--editor', '张编辑', '--proofreader', '王校对'),
    ).toEqual({ status: 0, out: '第一版\t要闻\t责任编辑 张编辑\t版式 -\t校对 王校对', err: '' });
    expect(
      (await nd('page', 'set', '2026-11-28', '3', '--name', '', '--designer', '李美编')).out,
    ).toBe('第三版\t-\t责任编辑 -\t版式 李美编\t校对 -');
    expect(await nd('issue', 'show', '2026-11-28')).toEqual({
      status: 0,
      out: [
        '2026-11-28\t第8607期\t今日四版\t对开 390×546 mm\t8栏',
        '第一版\t要闻\t责任编辑 张编辑\t版式 -\t校对 王校对',
        '  签发\t一校 -\t二校 -\t三校 -\t未签发',
        '  (empty)',
        '第二版\t综合\t责任编辑 -\t版式 -\t校对 -',
        '  签发\t一校 -\t二校 -\t三校 -\t未签发',
        '  (empty)',
        '第三版\t-\t责任编辑 -\t版式 李美编\t校对 -',
        '  签发\t一校 -\t二校 -\t三校 -\t未签发',
        '  (empty)',
        '第四版\t副刊\t责任编辑 -\t版式 -\t校对 -',
        '  签发\t一校 -\t二校 -\t三校 -\t未签发',
        '  (empty)',
      ].join('\n'),
      err: '',
    });
  });

  it('refuses a page out of range and a date without an issue (exit 1)', async () => {
    await nd('issue', 'create', '2026-11-28');
    expect(await nd('page', 'set', '2026-11-28', '5', '--name', '体育')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: page 5: issue 2026-11-28 has 4 pages',
    });
    expect(await nd('issue', 'show', '2026-11-29')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: no issue for 2026-11-29; create it with: newsdesk issue create 2026-11-29',
    });
    expect((await nd('page', 'set', '2026-11-29', '1', '--name', 'x')).err).toBe(
      'newsdesk: no issue for 2026-11-29; create it with: newsdesk issue create 2026-11-29',
    );
    expect((await nd('--as', 'nobody', 'issue', 'create', '2026-11-30')).status).toBe(1);
  });

  it('refuses a malformed command line with exit 2, opening no database', async () => {
    const cases: [string[], string][] = [
      [
        ['issue', 'create', '2026-02-30'],
        'newsdesk: DATE 2026-02-30: 2026-02 has only 28 days, got day 30',
      ],
      [['issue', 'show', '28/11/2026'], 'newsdesk: DATE 28/11/2026: expected YYYY-MM-DD'],
      [
        ['issue', 'create', '2026-11-28', '--number', 'x'],
        'newsdesk: --number must be a positive whole number (got x)',
      ],
      [
        ['issue', 'create', '2026-11-28', '--editor', 'x'],
        'newsdesk: --editor does not apply to issue create',
      ],
      [['issue', 'show'], 'newsdesk: usage: newsdesk issue show DATE'],
      [
        ['page', 'set', '2026-11-28', 'one'],
        'newsdesk: PAGE must be a positive whole number (got one)',
      ],
      [
        ['page', 'set', '2026-11-28', '1', '--page', '2'],
        'newsdesk: --page does not apply to page set',
      ],
    ];
    for (const [argv, err] of cases) {
      expect(await nd(...argv), argv.join(' ')).toEqual({ status: 2, out: '', err });
    }
    expect((await nd('issue')).status).toBe(2);
    expect(existsSync(db)).toBe(false);
  });
});
