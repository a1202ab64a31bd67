import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli as run } from '../../../../tests/support/run-cli';
import { tempDir } from '../../../../tests/support/temp-db';

const DATE = '2026-12-05';

describe('newsdesk page proof / approve / withdraw (大样签发)', () => {
  let temp: ReturnType<typeof tempDir>;
  let db: string;
  const nd = (...argv: string[]) => run('--db', db, ...argv);

  beforeEach(async () => {
    temp = tempDir();
    db = join(temp.dir, 'paper.sqlite');
    await nd('user', 'add', '编辑甲', '--role', 'editor');
    await nd('user', 'add', '总编乙', '--role', 'chief');
    await nd('issue', 'create', DATE, '--pages', '1');
  });
  afterEach(() => temp.cleanup());

  it('ticks the rounds in order, lets only a chief approve and withdraw, and issue show says so', async () => {
    expect(await nd('page', 'proof', DATE, '1', '--round', '1', '--as', '编辑甲')).toEqual({
      status: 0,
      out: '签发\t一校 编辑甲\t二校 -\t三校 -\t未签发',
      err: '',
    });
    expect(await nd('page', 'proof', DATE, '1', '--round', '3', '--as', '编辑甲')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: page 1: 二校 comes before 三校',
    });
    await nd('page', 'proof', DATE, '1', '--round', '2', '--as', '编辑甲');
    expect(await nd('page', 'approve', DATE, '1', '--as', '总编乙')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: page 1 is not proofread: 三校 is not ticked',
    });
    await nd('page', 'proof', DATE, '1', '--round', '3', '--as', '总编乙');
    expect(await nd('page', 'approve', DATE, '1', '--as', '编辑甲')).toEqual({
      status: 1,
      out: '',
      err: 'newsdesk: 编辑甲 (editor) may not page.approve',
    });
    expect(await nd('page', 'approve', DATE, '1', '--as', '总编乙')).toEqual({
      status: 0,
      out: '签发\t一校 编辑甲\t二校 编辑甲\t三校 总编乙\t已签发 总编乙',
      err: '',
    });
    expect((await nd('issue', 'show', DATE)).out.split('\n').slice(1, 3)).toEqual([
      '第一版\t要闻\t责任编辑 -\t版式 -\t校对 -',
      '  签发\t一校 编辑甲\t二校 编辑甲\t三校 总编乙\t已签发 总编乙',
    ]);
    expect(await nd('page', 'withdraw', DATE, '1', '--note', '头条换稿', '--as', '总编乙')).toEqual(
      {
        status: 0,
        out: '签发\t一校 编辑甲\t二校 编辑甲\t三校 总编乙\t签发已撤回 总编乙：头条换稿',
        err: '',
      },
    );
    const json = JSON.parse((await nd('--json', 'page', 'approve', DATE, '1')).out);
    expect(json).toMatchObject({ page: 1, approved: { by: 'admin' }, withdrawn: null });
    const shown = JSON.parse((await nd('--json', 'issue', 'show', DATE)).out);
    expect(shown.signoff).toMatchObject({ required: true, pages: [{ page: 1 }] });
  });

  it('refuses a malformed command line with exit 2', async () => {
    const cases: [string[], string][] = [
      [['page', 'proof', DATE, '1'], 'newsdesk: --round must be 1, 2 or 3 (got )'],
      [['page', 'proof', DATE, '1', '--round', '4'], 'newsdesk: --round must be 1, 2 or 3 (got 4)'],
      [
        ['page', 'approve', DATE, '1', '--round', '1'],
        'newsdesk: --round does not apply to page approve',
      ],
      [['page', 'approve', DATE], 'newsdesk: usage: newsdesk page approve DATE PAGE'],
      [['page', 'withdraw', '5.12.2026', '1'], 'newsdesk: DATE 5.12.2026: expected YYYY-MM-DD'],
    ];
    for (const [argv, err] of cases) {
      expect(await nd(...argv), argv.join(' ')).toEqual({ status: 2, out: '', err });
    }
    expect((await nd('page', 'approve', DATE, '2')).err).toBe(
      `newsdesk: page 2: issue ${DATE} has 1 pages`,
    );
  });
});
