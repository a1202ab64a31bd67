import { describe, expect, it } from 'vitest';
import { buildIssue, DEFAULT_STORIES } from '../../src/main/layout/test-support/issue-fixture';
import { storyTextFromHtml } from '../../src/main/layout/test-support/read-parts';
import type { HandlerName, Result } from '../../src/shared/contract';
import { storyToPlainText } from '../../src/shared/story';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

describe.each(TRANSPORTS)('layout, preflight and export over %s', (_label, make) => {
  const room = useNewsroom(make);

  /** The default issue, built by the chief (who may move stories all the way to sign-off). */
  async function issue() {
    const call = <K extends HandlerName>(name: K, args: unknown) =>
      room.ok(name, args, room.chief) as Promise<Result<K>>;
    return buildIssue(call, DAY);
  }
  function tables() {
    const count = (t: string) => room.query<{ n: number }>(`SELECT COUNT(*) AS n FROM ${t}`)[0]?.n;
    const modules = room.query<{ module: string; jump_to: number | null }>(
      'SELECT module, jump_to FROM placements ORDER BY id',
    );
    return { ...room.counts(), placements: count('placements'), modules };
  }

  it('composes every page with the stories placed, and reports overset and empty space', async () => {
    const { storyIds } = await issue();
    const laid = await room.ok('layout.compose', { date: DAY }, room.editor);
    expect(laid.pages.map((p) => p.number)).toEqual([1, 2, 3, 4]);
    expect(laid.pages.map((p) => p.modules.map((m) => [m.storyId, m.part]))).toEqual([
      [
        [storyIds[0], 1],
        [storyIds[1], 1],
      ],
      [[storyIds[2], 1]],
      [[storyIds[3], 1]],
      [
        [storyIds[4], 1],
        [storyIds[3], 2],
      ],
    ]);
    const page1 = laid.pages[0];
    expect(page1?.trim).toEqual({ w: 1105.512, h: 1547.717, wMm: 390, hMm: 546 });
    expect(page1?.grid).toMatchObject({ columns: 8, leading: 14 });
    // The jump: part 1 says where it goes, part 2 sits on page 4 under its own module.
    const jump = laid.pages[2]?.modules[0];
    expect(jump?.jumpTo).toBe(4);
    expect(jump?.furniture.map((f) => f.kind)).toEqual(['jump']);
    const lead = page1?.modules[0];
    expect(lead?.lines[0]).toMatchObject({ kind: 'kicker', text: '民生实事' });
    expect(lead?.photos).toHaveLength(1);
    expect(lead?.fixed).toBe(false);
    // Every overset module is in the issue's list with its page.
    const over = laid.pages.flatMap((p) =>
      p.modules.filter((m) => m.linesOver > 0).map((m) => m.storyId),
    );
    expect(laid.overset.map((o) => o.storyId)).toEqual(over);
    expect(laid.lostJumps).toEqual([]);
  });

  it('layout.auto saves every module in one go; compose then returns them as fixed', async () => {
    const { storyIds } = await issue();
    const before = await room.ok('layout.compose', { date: DAY }, room.editor);
    const auto = await room.ok('layout.auto', { date: DAY }, room.editor);
    expect(auto.pages.flatMap((p) => p.modules.map((m) => m.fixed))).toEqual(Array(6).fill(true));
    const saved = tables().modules.map((m) => JSON.parse(m.module));
    expect(saved[3]).toEqual({
      module: before.pages[2]?.modules[0]?.module,
      continuation: before.pages[3]?.modules[1]?.module,
    });
    expect(saved[0]).toEqual({ module: before.pages[0]?.modules[0]?.module });
    const again = await room.ok('layout.compose', { date: DAY }, room.reporter);
    expect(again.pages.map((p) => p.modules.map((m) => m.module))).toEqual(
      auto.pages.map((p) => p.modules.map((m) => m.module)),
    );
    // A reporter sees the boxes, not other people's text: not in the lines, not painted.
    expect(again.pages[0]?.modules[0]?.lines).toEqual([]);
    const painted = (p: (typeof again.pages)[number] | undefined) =>
      (p?.display.items ?? []).flatMap((i) =>
        i.kind === 'line' ? [i.runs.flatMap((r) => r.text).join('')] : [],
      );
    const kicker = auto.pages[0]?.modules[0]?.lines[0]?.text ?? '';
    expect(kicker).toBe('民生实事');
    expect(painted(auto.pages[0])).toContain(kicker);
    expect(painted(again.pages[0])).not.toContain(kicker);
    expect(painted(again.pages[0]).length).toBeLessThan(painted(auto.pages[0]).length);
    const photos = (p: (typeof again.pages)[number] | undefined) =>
      (p?.display.items ?? []).filter((i) => i.kind === 'image' && i.role === 'photo').length;
    expect([photos(auto.pages[0]), photos(again.pages[0])]).toEqual([1, 0]);
    expect(storyIds).toHaveLength(5);
  });

  it('setModule snaps to the grid, refuses overlap naming the other story, and saves', async () => {
    const { storyIds } = await issue();
    const one = await room.ok('layout.auto', { date: DAY, page: 1 }, room.editor);
    const all = await room.ok('layout.auto', { date: DAY, page: 1, whole: true }, room.editor);
    expect([one.pages.length, all.pages.length]).toEqual([1, all.pageCount]);
    expect(all.pages[0]?.modules).toEqual(one.pages[0]?.modules);
    await room.ok('layout.auto', { date: DAY }, room.editor);
    const [a, b] = storyIds as [number, number];
    // The lead pinned where auto-layout put it: a module may not be moved onto it.
    const pinned = await room.ok(
      'layout.pin',
      { date: DAY, storyId: a, pinned: true },
      room.editor,
    );
    expect(pinned.pages[0]?.modules.find((m) => m.storyId === a)?.pinned).toBe(true);
    const before = tables();
    const overlap = await room.refused(
      'layout.setModule',
      { date: DAY, storyId: b, module: { col: 0, line: 0, cols: 4, lines: 10 } },
      room.editor,
    );
    expect(overlap.code).toBe('refused');
    expect(overlap.message).toBe(`module overlaps story ${a} (全市老旧小区改造全面启动) on page 1`);
    const outside = await room.refused(
      'layout.setModule',
      { date: DAY, storyId: b, module: { col: 6, line: 0, cols: 4, lines: 10 } },
      room.editor,
    );
    expect(outside.message).toMatch(
      /^module 4×10 at column 6, line 0 is outside the body of page 1 \(8 columns × \d+ lines\)$/,
    );
    const fraction = await room.refused(
      'layout.setModule',
      { date: DAY, storyId: b, module: { col: 0.5, line: 0, cols: 4, lines: 10 } },
      room.editor,
    );
    expect(fraction.code).toBe('bad-argument');
    expect(tables()).toEqual(before);

    // Unpinned, the lead gives way: move b, then grow the lead into the room it left.
    await room.ok('layout.pin', { date: DAY, storyId: a, pinned: false }, room.editor);
    const moved = await room.ok(
      'layout.setModule',
      { date: DAY, storyId: b, module: { col: 4, line: 60, cols: 4, lines: 30 } },
      room.editor,
    );
    expect(moved.pages[0]?.modules.find((m) => m.storyId === b)?.module.line).toBe(60);
    const grown = await room.ok(
      'layout.setModule',
      { date: DAY, storyId: a, module: { col: 0, line: 0, cols: 8, lines: 40 } },
      room.editor,
    );
    const page1 = grown.pages[0]?.modules ?? [];
    expect(page1.map((m) => [m.storyId, m.module, m.fixed, m.pinned])).toEqual([
      [a, { col: 0, line: 0, cols: 8, lines: 40 }, true, true],
      [b, { col: 4, line: 60, cols: 4, lines: 30 }, true, true],
    ]);
    expect(page1[0]?.linesOver).toBe(0);
    expect(JSON.parse(tables().modules[1]?.module ?? '')).toEqual({
      module: { col: 4, line: 60, cols: 4, lines: 30 },
      pinned: true,
    });
  });

  it('links and unlinks a jump; the continuation gets a saved module on the later page', async () => {
    const { storyIds } = await issue();
    const b = storyIds[1] as number;
    const back = await room.refused(
      'layout.linkJump',
      { date: DAY, storyId: b, toPage: 1 },
      room.editor,
    );
    expect(back.message).toBe(
      `toPage: page 1 is not a later page of ${DAY} (story ${b} is on page 1 of 4)`,
    );
    const linked = await room.ok(
      'layout.linkJump',
      { date: DAY, storyId: b, toPage: 3 },
      room.editor,
    );
    const part2 = linked.pages[2]?.modules.find((m) => m.storyId === b);
    expect(part2).toMatchObject({ part: 2, fixed: true });
    expect(linked.pages[0]?.modules.find((m) => m.storyId === b)?.jumpTo).toBe(3);
    expect(tables().modules[1]?.jump_to).toBe(3);
    const unlinked = await room.ok('layout.unlinkJump', { date: DAY, storyId: b }, room.editor);
    expect(unlinked.pages[2]?.modules.some((m) => m.storyId === b)).toBe(false);
    expect(tables().modules[1]?.jump_to).toBe(null);
  });

  it('refuses reporters changes and export, unknown stories, pages and dates; writes nothing', async () => {
    const { storyIds } = await issue();
    const before = tables();
    const cases: [HandlerName, unknown, number, string, string][] = [
      [
        'layout.auto',
        { date: DAY },
        room.reporter,
        'forbidden',
        '王小明 (reporter) may not page.edit',
      ],
      [
        'export.html',
        { date: DAY },
        room.reporter,
        'forbidden',
        '王小明 (reporter) may not export pages',
      ],
      [
        'export.pdf',
        { date: DAY },
        room.reporter,
        'forbidden',
        '王小明 (reporter) may not export pages',
      ],
      [
        'layout.auto',
        { date: DAY, page: 5 },
        room.editor,
        'refused',
        `page 5: issue ${DAY} has 4 pages`,
      ],
      [
        'layout.compose',
        { date: '2026-11-29' },
        room.editor,
        'not-found',
        'no issue for 2026-11-29',
      ],
      ['export.html', { date: '2026-11-29' }, room.editor, 'not-found', 'no issue for 2026-11-29'],
      [
        'preflight.run',
        { date: '2026-11-29' },
        room.editor,
        'not-found',
        'no issue for 2026-11-29',
      ],
      [
        'layout.setModule',
        { date: DAY, storyId: 999, module: { col: 0, line: 0, cols: 1, lines: 1 } },
        room.editor,
        'not-found',
        'no story 999',
      ],
      [
        'layout.unlinkJump',
        { date: DAY, storyId: storyIds[0] },
        room.reporter,
        'forbidden',
        '王小明 (reporter) may not page.edit',
      ],
      [
        'export.pdf',
        { date: DAY, bleedMm: 30 },
        room.editor,
        'bad-argument',
        'bleedMm: Too big: expected number to be <=10',
      ],
    ];
    for (const [name, args, actor, code, message] of cases) {
      const error = await room.refused(name, args, actor);
      expect([name, error.code, error.message]).toEqual([name, code, message]);
    }
    expect(tables()).toEqual(before);
  });

  it('preflight names overset, low-resolution photos and unsigned stories', async () => {
    const call = <K extends HandlerName>(name: K, args: unknown) =>
      room.ok(name, args, room.chief) as Promise<Result<K>>;
    const stories = DEFAULT_STORIES.map((s, i) => (i === 1 ? { ...s, signOff: false } : s));
    // A 300 px wide photo in one 40.25 mm column: 189 dpi.
    const { storyIds } = await buildIssue(call, DAY, stories, [{ width: 300, height: 200 }]);
    const found = await room.ok('preflight.run', { date: DAY }, room.editor);
    const codes = found.map((f) => [f.severity, f.code, f.page, f.storyId]);
    expect(codes).toContainEqual(['error', 'unsigned', 1, storyIds[1]]);
    expect(codes).toContainEqual(['warning', 'low-resolution', 1, storyIds[0]]);
    const photo = found.find((f) => f.code === 'low-resolution');
    expect(photo?.message).toMatch(
      / is 189 dpi at its placed width \(300 px over 1\.58 in; 200 wanted\)$/,
    );
    expect(found.find((f) => f.code === 'unsigned')?.message).toBe(
      '工业增加值稳步增长: draft, not signed off',
    );
    // Errors come first.
    const firstWarning = found.findIndex((f) => f.severity !== 'error');
    expect(found.slice(firstWarning).every((f) => f.severity !== 'error')).toBe(true);
  });

  it('nothing lost: the data-part lines of each story give back its text exactly', async () => {
    const { storyIds } = await issue();
    // Room enough for every story, so nothing is overset.
    const exported = await room.ok(
      'export.html',
      { date: DAY, bleedMm: 3, cropMarks: true },
      room.editor,
    );
    expect(exported.pages).toBe(4);
    expect(exported.bytes).toBe(Buffer.byteLength(exported.html));
    const laid = await room.ok('layout.compose', { date: DAY }, room.editor);
    const overset = new Set(laid.overset.map((o) => o.storyId));
    for (const id of storyIds) {
      const story = await room.ok('story.get', { id }, room.editor);
      const text = storyTextFromHtml(exported.html, id);
      if (overset.has(id)) {
        // Overset text is reported, and what is printed is the story's beginning.
        expect(storyToPlainText(story, story.document).startsWith(text.slice(0, -1))).toBe(true);
      } else {
        expect(text).toBe(storyToPlainText(story, story.document));
      }
    }
    expect(exported.html).not.toMatch(/<script/i);
  });
});
