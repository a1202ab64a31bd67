import { describe, expect, it } from 'vitest';
import { doc } from '../support/story-doc';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

describe.each(TRANSPORTS)('issues, pages and placements over %s', (_label, make) => {
  const room = useNewsroom(make);

  async function story(headline: string, author = room.reporter) {
    const args = { fields: { headline }, document: doc('本报讯 正文。') };
    return (await room.ok('story.create', args, author)).id;
  }
  /** Row counts of the issue tables, with the fixture's own tables. */
  function allCounts() {
    const count = (t: string) => room.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`)[0]?.n;
    return {
      ...room.counts(),
      issues: count('issues'),
      pages: count('pages'),
      placements: count('placements'),
    };
  }

  it('numbers issues on from the previous date (8606 -> 8607), editable, 4 named pages', async () => {
    const first = await room.ok('issue.create', { date: '2026-11-27', number: 8606 }, room.editor);
    expect(first).toMatchObject({ date: '2026-11-27', number: 8606, pageCount: 4 });
    const issue = await room.ok('issue.create', { date: DAY }, room.editor);
    expect(issue).toMatchObject({ date: DAY, number: 8607, pageCount: 4, placements: [] });
    expect(issue.pages).toEqual([
      { number: 1, name: '要闻', editor: '', designer: '', proofreader: '' },
      { number: 2, name: '综合', editor: '', designer: '', proofreader: '' },
      { number: 3, name: '专题', editor: '', designer: '', proofreader: '' },
      { number: 4, name: '副刊', editor: '', designer: '', proofreader: '' },
    ]);
    expect(issue.paper).toMatchObject({ size: 'broadsheet', widthMm: 390, heightMm: 546 });
    // The number follows the issue before the date, not the latest one made.
    const earlier = await room.ok('issue.create', { date: '2026-11-20', pages: 6 }, room.chief);
    expect(earlier).toMatchObject({ number: 1, pageCount: 6 });
    expect(earlier.pages.map((p) => p.name)).toEqual(['要闻', '综合', '专题', '副刊', '', '']);
    const edited = await room.ok('issue.update', { date: DAY, number: 8610 }, room.editor);
    expect(edited.number).toBe(8610);
    const next = await room.ok('issue.create', { date: '2026-11-29' }, room.editor);
    expect(next.number).toBe(8611);
    const list = await room.ok('issue.list', {}, room.reporter);
    expect(list.map((i) => [i.date, i.number])).toEqual([
      ['2026-11-29', 8611],
      [DAY, 8610],
      ['2026-11-27', 8606],
      ['2026-11-20', 1],
    ]);
    const audit = room.query<{ action: string; target: string; detail: string }>(
      "SELECT action, target, detail FROM audit WHERE action LIKE 'issue.%' ORDER BY id",
    );
    expect(audit.slice(0, 2)).toEqual([
      { action: 'issue.create', target: 'issue:2026-11-27', detail: '第8606期, 4 pages' },
      { action: 'issue.create', target: `issue:${DAY}`, detail: '第8607期, 4 pages' },
    ]);
    expect(audit[3]).toEqual({
      action: 'issue.update',
      target: `issue:${DAY}`,
      detail: 'number 8607 -> 8610',
    });
  });

  it('refuses a second issue for a date, a bad date and a reporter, writing nothing', async () => {
    await room.ok('issue.create', { date: DAY, number: 8607 }, room.editor);
    const before = allCounts();
    expect(await room.refused('issue.create', { date: DAY }, room.chief)).toEqual({
      code: 'conflict',
      message: `issue ${DAY} exists already (第8607期)`,
      field: 'date',
    });
    expect(await room.refused('issue.create', { date: '2026-02-30' }, room.editor)).toMatchObject({
      code: 'bad-argument',
      field: 'date',
    });
    expect(await room.refused('issue.create', { date: '2026-12-01' }, room.reporter)).toEqual({
      code: 'forbidden',
      message: '王小明 (reporter) may not page.edit',
    });
    expect(await room.refused('issue.get', { date: '2026-12-01' }, room.editor)).toEqual({
      code: 'not-found',
      message: 'no issue for 2026-12-01',
      field: 'date',
    });
    expect(allCounts()).toEqual(before);
  });

  it('sets page furniture, keeping fields not given', async () => {
    await room.ok('issue.create', { date: DAY }, room.editor);
    const args = { date: DAY, page: 2, name: '经济', editor: '张编辑', designer: '李美编' };
    expect(await room.ok('page.set', args, room.editor)).toEqual({
      number: 2,
      name: '经济',
      editor: '张编辑',
      designer: '李美编',
      proofreader: '',
    });
    await room.ok('page.set', { date: DAY, page: 2, proofreader: '王校对' }, room.chief);
    const issue = await room.ok('issue.get', { date: DAY }, room.reporter);
    expect(issue.pages[1]).toEqual({
      number: 2,
      name: '经济',
      editor: '张编辑',
      designer: '李美编',
      proofreader: '王校对',
    });
    const before = allCounts();
    expect(await room.refused('page.set', { date: DAY, page: 5, name: 'x' }, room.editor)).toEqual({
      code: 'refused',
      message: `page 5: issue ${DAY} has 4 pages`,
      field: 'page',
    });
    expect((await room.refused('page.set', { date: DAY, page: 1 }, room.reporter)).code).toBe(
      'forbidden',
    );
    expect(allCounts()).toEqual(before);
  });

  it('assigns, moves and removes a story, with audit entries', async () => {
    await room.ok('issue.create', { date: DAY }, room.editor);
    const id = await story('市民广场今日开放');
    const placed = await room.ok(
      'placement.assign',
      { storyId: id, date: DAY, page: 1 },
      room.editor,
    );
    expect(placed).toEqual({
      storyId: id,
      headline: '市民广场今日开放',
      status: 'draft',
      priority: 'normal',
      page: 1,
      jumpTo: null,
      movedFrom: null,
    });
    const moved = await room.ok(
      'placement.assign',
      { storyId: id, date: DAY, page: 2, priority: 'lead', jumpTo: 4 },
      room.chief,
    );
    expect(moved).toMatchObject({ page: 2, priority: 'lead', jumpTo: 4, movedFrom: 1 });
    expect(room.query('SELECT COUNT(*) AS n FROM placements')).toEqual([{ n: 1 }]);
    // The desk shows where the story sits.
    const desk = await room.ok('story.list', {}, room.editor);
    expect(desk.find((row) => row.id === id)?.page).toBe(2);
    const issue = await room.ok('issue.get', { date: DAY }, room.editor);
    expect(issue.placements).toEqual([
      {
        storyId: id,
        headline: '市民广场今日开放',
        status: 'draft',
        priority: 'lead',
        page: 2,
        jumpTo: 4,
      },
    ]);
    expect(await room.ok('placement.remove', { storyId: id, date: DAY }, room.editor)).toEqual({
      removed: true,
      page: 2,
    });
    expect((await room.ok('issue.get', { date: DAY }, room.editor)).placements).toEqual([]);
    expect((await room.ok('story.list', {}, room.editor)).find((row) => row.id === id)?.page).toBe(
      null,
    );
    expect(await room.refused('placement.remove', { storyId: id, date: DAY }, room.editor)).toEqual(
      { code: 'not-found', message: `story ${id} is not placed in ${DAY}`, field: 'storyId' },
    );
    const audit = room.query<{ action: string; detail: string }>(
      "SELECT action, detail FROM audit WHERE action LIKE 'placement.%' ORDER BY id",
    );
    expect(audit).toEqual([
      { action: 'placement.assign', detail: `${DAY} page 1 (normal)` },
      {
        action: 'placement.assign',
        detail: `${DAY} page 2 (lead), jumps to page 4, moved from page 1`,
      },
      { action: 'placement.remove', detail: `${DAY} page 2` },
    ]);
  });

  it('checks jumpTo, the page, the story and its status, writing nothing on refusal', async () => {
    await room.ok('issue.create', { date: DAY }, room.editor);
    const id = await story('高铁站通车');
    const spiked = await story('撤下的稿');
    await room.ok('story.transition', { id: spiked, to: 'spiked' }, room.editor);
    const before = allCounts();
    const assign = (args: object, actor = room.editor) =>
      room.refused('placement.assign', { storyId: id, date: DAY, ...args }, actor);
    expect(await assign({ page: 3, jumpTo: 2 })).toEqual({
      code: 'refused',
      message: 'jumpTo: page 2 is not after page 3; a story jumps to a later page',
      field: 'jumpTo',
    });
    expect(await assign({ page: 3, jumpTo: 3 })).toMatchObject({ field: 'jumpTo' });
    expect(await assign({ page: 1, jumpTo: 5 })).toEqual({
      code: 'refused',
      message: `jumpTo: page 5: issue ${DAY} has 4 pages`,
      field: 'jumpTo',
    });
    expect(await assign({ page: 5 })).toEqual({
      code: 'refused',
      message: `page 5: issue ${DAY} has 4 pages`,
      field: 'page',
    });
    expect(await assign({ page: 1, date: '2026-11-29' })).toEqual({
      code: 'not-found',
      message: 'no issue for 2026-11-29',
      field: 'date',
    });
    expect(await assign({ page: 1, storyId: 99 })).toEqual({
      code: 'not-found',
      message: 'no story 99',
      field: 'storyId',
    });
    expect(await assign({ page: 1, storyId: spiked })).toEqual({
      code: 'refused',
      message: `story ${spiked} is spiked; restore it first`,
      field: 'storyId',
    });
    expect(await assign({ page: 1 }, room.reporter)).toEqual({
      code: 'forbidden',
      message: '王小明 (reporter) may not page.edit',
    });
    expect(
      (await room.refused('placement.remove', { storyId: id, date: DAY }, room.reporter)).code,
    ).toBe('forbidden');
    expect(allCounts()).toEqual(before);
  });

  it('changes the page count but never drops a page holding a story or a jump target', async () => {
    await room.ok('issue.create', { date: DAY, pages: 6 }, room.editor);
    const a = await story('一');
    const b = await story('二');
    await room.ok('placement.assign', { storyId: a, date: DAY, page: 5 }, room.editor);
    await room.ok('placement.assign', { storyId: b, date: DAY, page: 1, jumpTo: 4 }, room.editor);
    const before = allCounts();
    expect(await room.refused('issue.update', { date: DAY, pages: 4 }, room.editor)).toEqual({
      code: 'refused',
      message: `pages: page 5 holds story ${a} of ${DAY}; move or remove it first`,
      field: 'pages',
    });
    await room.ok('placement.remove', { storyId: a, date: DAY }, room.editor);
    expect(await room.refused('issue.update', { date: DAY, pages: 3 }, room.editor)).toEqual({
      code: 'refused',
      message: `pages: story ${b} jumps to page 4 of ${DAY}; change its jump first`,
      field: 'pages',
    });
    expect(allCounts().pages).toBe(before.pages);
    const smaller = await room.ok('issue.update', { date: DAY, pages: 4 }, room.editor);
    expect(smaller.pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(smaller.placements.map((p) => [p.storyId, p.page, p.jumpTo])).toEqual([[b, 1, 4]]);
    const bigger = await room.ok('issue.update', { date: DAY, pages: 5 }, room.chief);
    expect(bigger.pages.map((p) => p.name)).toEqual(['要闻', '综合', '专题', '副刊', '']);
    expect(room.query('SELECT COUNT(*) AS n FROM pages')).toEqual([{ n: 5 }]);
  });

  it('names a new issue’s pages in the paper’s language, and the pages it adds', async () => {
    await room.ok('settings.set', { key: 'paper.language', value: 'en' }, room.admin);
    const issue = await room.ok('issue.create', { date: DAY, pages: 3 }, room.editor);
    expect(issue.pages.map((p) => p.name)).toEqual(['Front Page', 'News', 'Features']);
    const more = await room.ok('issue.update', { date: DAY, pages: 5 }, room.editor);
    expect(more.pages.map((p) => p.name)).toEqual([
      'Front Page',
      'News',
      'Features',
      'Arts & Life',
      '',
    ]);
  });

  it('shows a reporter only own stories placed; the paper follows the page size', async () => {
    await room.ok('issue.create', { date: DAY }, room.editor);
    const own = await story('自己的稿');
    const other = await story('别人的稿', room.otherReporter);
    await room.ok('placement.assign', { storyId: own, date: DAY, page: 1 }, room.editor);
    await room.ok('placement.assign', { storyId: other, date: DAY, page: 2 }, room.editor);
    const seen = await room.ok('issue.get', { date: DAY }, room.reporter);
    expect(seen.placements.map((p) => p.storyId)).toEqual([own]);
    await room.ok('settings.set', { key: 'page.size', value: 'tabloid' }, room.admin);
    const tabloid = (await room.ok('issue.get', { date: DAY }, room.editor)).paper;
    expect(tabloid).toMatchObject({ size: 'tabloid', widthMm: 273, heightMm: 390, columns: 6 });
    // The settings read back as the paper is made: a tabloid's house columns and margins.
    const read = await room.ok('settings.get', {}, room.editor);
    expect([read['page.columns'], read['page.margins']]).toEqual([6, '18 15']);
    await room.ok('settings.set', { key: 'page.columns', value: 5 }, room.admin);
    expect((await room.ok('issue.get', { date: DAY }, room.editor)).paper.columns).toBe(5);
    expect((await room.ok('settings.get', {}, room.editor))['page.columns']).toBe(5);
    await room.ok('settings.set', { key: 'page.size', value: 'broadsheet' }, room.admin);
    const back = await room.ok('settings.get', {}, room.editor);
    expect([back['page.columns'], back['page.margins']]).toEqual([5, '25 20']);
  });
});
