// Page templates (版式模板) over every transport: the six built-in front pages, a page's
// arrangement saved and applied to another day's stories (slots by priority and kind,
// pinned unless asked not), renamed and deleted, and the refusals with nothing written.

import { describe, expect, it } from 'vitest';
import { buildIssue, type FixtureStory } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY1 = '2026-11-28';
const DAY2 = '2026-11-29';

const front = (tag: string, scale: number): FixtureStory[] => [
  {
    headline: `${tag}头条：全市老旧小区改造全面启动`,
    priority: 'lead',
    page: 1,
    chars: Math.round(1100 * scale),
    photo: { width: 2400, height: 1000, caption: '图为改造后的小区。', credit: '记者 李四 摄' },
  },
  {
    headline: `${tag}工业增加值稳步增长`,
    priority: 'normal',
    page: 1,
    chars: Math.round(700 * scale),
  },
  {
    headline: `${tag}城市书房开到家门口`,
    priority: 'normal',
    page: 1,
    chars: Math.round(600 * scale),
  },
  { headline: `${tag}简讯一`, priority: 'brief', page: 1, chars: 160 },
  { headline: `${tag}简讯二`, priority: 'brief', page: 1, chars: 180 },
];

describe.each(TRANSPORTS)('page templates over %s', (_label, make) => {
  const room = useNewsroom(make);
  const call = <K extends HandlerName>(name: K, args: unknown) =>
    room.ok(name, args, room.chief) as Promise<Result<K>>;

  it('lists three built-in front pages for 对开 and three for 四开, to anyone signed in', async () => {
    const all = await room.ok('template.list', {}, room.reporter);
    expect(all.filter((t) => t.builtIn && t.front && t.paper === 'broadsheet')).toHaveLength(3);
    expect(all.filter((t) => t.builtIn && t.front && t.paper === 'tabloid')).toHaveLength(3);
    const tabloid = await room.ok('template.list', { paper: 'tabloid' }, room.reporter);
    expect(tabloid.map((t) => t.name)).toEqual(['四开·头条通栏', '四开·头条加评论', '四开·导读']);
  });

  it('saves a page, applies it to another day with other stories, renames and deletes it', async () => {
    const day1 = await buildIssue(call, DAY1, front('一', 1));
    await room.ok('layout.auto', { date: DAY1 }, room.editor);
    const saved = await room.ok(
      'template.save',
      { date: DAY1, page: 1, name: '周一要闻版' },
      room.editor,
    );
    expect(saved.builtIn).toBe(false);
    expect(saved.front).toBe(true);
    expect(saved.columns).toBe(8);
    expect(saved.slots.map((s) => `${s.priority}/${s.kind}/${s.photo}`).sort()).toEqual([
      'brief/brief/false',
      'brief/brief/false',
      'lead/news/true',
      'normal/news/false',
      'normal/news/false',
    ]);
    const leadSlot = saved.slots.find((s) => s.priority === 'lead')?.module;
    const composed1 = await room.ok('layout.compose', { date: DAY1, page: 1 }, room.editor);
    expect(composed1.pages[0]?.modules.find((m) => m.storyId === day1.storyIds[0])?.module).toEqual(
      leadSlot,
    );

    const day2 = await buildIssue(call, DAY2, front('二', 1.1));
    const laid = await room.ok(
      'template.apply',
      { date: DAY2, page: 1, name: '周一要闻版' },
      room.editor,
    );
    const page1 = laid.pages.find((p) => p.number === 1);
    const lead = page1?.modules.find((m) => m.storyId === day2.storyIds[0]);
    // The lead stands where the day-1 lead stood, as wide, pinned; its depth fits its text.
    expect(lead?.module.col).toBe(leadSlot?.col);
    expect(lead?.module.line).toBe(0);
    expect(lead?.module.cols).toBe(leadSlot?.cols);
    expect(lead?.pinned).toBe(true);
    const news = page1?.modules.filter((m) => day2.storyIds.slice(1, 3).includes(m.storyId));
    expect(news?.map((m) => m.pinned)).toEqual([true, true]);
    // The briefs are laid out around the slots, not pinned; every story has a module.
    const briefs = page1?.modules.filter((m) => day2.storyIds.slice(3).includes(m.storyId));
    expect(briefs?.map((m) => m.pinned)).toEqual([false, false]);
    expect(page1?.modules).toHaveLength(5);
    expect(laid.notPlaced).toEqual([]);

    // Not pinned when asked: the same modules, free for the next auto-layout.
    const loose = await room.ok(
      'template.apply',
      { date: DAY2, page: 1, name: '周一要闻版', pin: false },
      room.editor,
    );
    expect(loose.pages[0]?.modules.every((m) => !m.pinned)).toBe(true);
    expect(loose.pages[0]?.modules.find((m) => m.storyId === day2.storyIds[0])?.module).toEqual(
      lead?.module,
    );

    const renamed = await room.ok(
      'template.rename',
      { name: '周一要闻版', newName: '周二要闻版' },
      room.editor,
    );
    expect(renamed.name).toBe('周二要闻版');
    const names = (await room.ok('template.list', {}, room.editor)).map((t) => t.name);
    expect(names).toHaveLength(7);
    expect(names[6]).toBe('周二要闻版');
    expect(await room.ok('template.delete', { name: '周二要闻版' }, room.editor)).toEqual({
      deleted: true,
    });
    expect(room.query('SELECT name FROM page_templates')).toEqual([]);
    const audit = room.query<{ action: string }>(
      "SELECT action FROM audit WHERE action LIKE 'template.%' ORDER BY id",
    );
    expect(audit.map((a) => a.action)).toEqual([
      'template.save',
      'template.rename',
      'template.delete',
    ]);
  });

  it('applies a built-in front page: the lead in its slot across the top', async () => {
    const day = await buildIssue(call, DAY1, front('一', 1));
    const laid = await room.ok(
      'template.apply',
      { date: DAY1, page: 1, name: '对开·头条通栏' },
      room.editor,
    );
    const lead = laid.pages[0]?.modules.find((m) => m.storyId === day.storyIds[0]);
    expect(lead?.module.col).toBe(0);
    expect(lead?.module.line).toBe(0);
    expect(lead?.module.cols).toBe(8);
    expect(laid.pages[0]?.modules).toHaveLength(5);
  });

  it('refuses names taken, built-in names, missing templates and reporters, writing nothing', async () => {
    await buildIssue(call, DAY1, front('一', 1));
    await room.ok('template.save', { date: DAY1, page: 1, name: '要闻' }, room.editor);
    const before = room.query('SELECT * FROM page_templates');
    const taken = await room.refusedWhy(
      'template.save',
      { date: DAY1, page: 1, name: '要闻' },
      room.editor,
    );
    expect([taken.code, taken.reason, taken.params]).toEqual([
      'conflict',
      'template-exists',
      { name: '要闻' },
    ]);
    const builtIn = await room.refusedWhy(
      'template.save',
      { date: DAY1, page: 1, name: '四开·导读' },
      room.editor,
    );
    expect([builtIn.code, builtIn.reason]).toEqual(['conflict', 'template-built-in']);
    const rename = await room.refusedWhy(
      'template.rename',
      { name: '四开·导读', newName: '导读' },
      room.editor,
    );
    expect([rename.code, rename.reason]).toEqual(['refused', 'template-built-in']);
    const missing = await room.refusedWhy(
      'template.apply',
      { date: DAY1, page: 1, name: '没有这个' },
      room.editor,
    );
    expect([missing.code, missing.reason, missing.field]).toEqual([
      'not-found',
      'template-missing',
      'name',
    ]);
    const reporter = await room.refused(
      'template.save',
      { date: DAY1, page: 1, name: '记者的' },
      room.reporter,
    );
    expect(reporter.code).toBe('forbidden');
    expect(room.query('SELECT * FROM page_templates')).toEqual(before);
    // Replacing one's own template is allowed when asked.
    await room.ok(
      'template.save',
      { date: DAY1, page: 1, name: '要闻', replace: true },
      room.editor,
    );
    expect(room.query('SELECT name FROM page_templates')).toEqual([{ name: '要闻' }]);
  });
});
