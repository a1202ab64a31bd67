import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import type { ModuleSpec } from '../../src/shared/contract/wire/layout-page';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

describe.each(TRANSPORTS)('layout.preview over %s', (_label, make) => {
  const room = useNewsroom(make);

  async function issue() {
    const call = <K extends HandlerName>(name: K, args: unknown) =>
      room.ok(name, args, room.chief) as Promise<Result<K>>;
    const built = await buildIssue(call, DAY);
    await room.ok('layout.auto', { date: DAY }, room.editor);
    return built;
  }
  function tables() {
    const modules = room.query<{ module: string; jump_to: number | null }>(
      'SELECT module, jump_to FROM placements ORDER BY id',
    );
    return { ...room.counts(), modules };
  }
  const preview = (storyId: number, module: ModuleSpec, part?: number, actor = room.editor) =>
    room.ok('layout.preview', { date: DAY, storyId, module, ...(part ? { part } : {}) }, actor);

  /** What layout.setModule and then layout.compose report for the same module. */
  async function saved(storyId: number, module: ModuleSpec, part = 1) {
    await room.ok('layout.setModule', { date: DAY, storyId, part, module }, room.editor);
    const laid = await room.ok('layout.compose', { date: DAY }, room.editor);
    const m = laid.pages
      .flatMap((p) => p.modules)
      .find((x) => x.storyId === storyId && x.part === part);
    if (!m) throw new Error(`story ${storyId} part ${part} not composed`);
    return { linesOver: m.linesOver, charsOver: m.charsOver, linesUnder: m.linesUnder };
  }

  it('copyfits the lead in two module sizes without saving; setModule then agrees', async () => {
    const { storyIds } = await issue();
    const [a, b] = storyIds as [number, number];
    await room.ok(
      'layout.setModule',
      { date: DAY, storyId: b, module: { col: 4, line: 60, cols: 4, lines: 30 } },
      room.editor,
    );
    const before = tables();
    const small = { col: 0, line: 0, cols: 3, lines: 20 };
    const large = { col: 0, line: 0, cols: 8, lines: 40 };
    const tooSmall = await preview(a, small);
    const roomy = await preview(a, large, 1, room.reporter);
    // 63 lines over (71 before headline stacks could be set tight): in 3×20 the lead's stack
    // set tight gives back the grid line its photo needed to set in the third leg, so the
    // overset is the same 726 characters of text, less the photo's 8 lines at leg width.
    expect(tooSmall).toEqual({
      linesOver: 63,
      charsOver: 726,
      linesUnder: 0,
      fits: false,
      overlapsStoryId: null,
    });
    // 105 lines under until a module far deeper than its text took a pull quote.
    expect(roomy).toEqual({
      linesOver: 0,
      charsOver: 0,
      linesUnder: 91,
      fits: true,
      overlapsStoryId: null,
    });
    // Onto b: reported, not refused, and copyfitted all the same.
    const onto = await preview(a, { col: 4, line: 50, cols: 4, lines: 20 });
    expect(onto).toMatchObject({ fits: false, overlapsStoryId: b });
    // Nothing written: no module saved, no audit, no row added.
    expect(tables()).toEqual(before);

    const { fits: _f1, overlapsStoryId: _o1, ...smallNumbers } = tooSmall;
    const { fits: _f2, overlapsStoryId: _o2, ...largeNumbers } = roomy;
    expect(await saved(a, small)).toEqual(smallNumbers);
    expect(await saved(a, large)).toEqual(largeNumbers);
  });

  it('copyfits a continuation (part 2) from the break token of part 1', async () => {
    const { storyIds } = await issue();
    const jumping = storyIds[3] as number;
    const laid = await room.ok('layout.compose', { date: DAY, page: 4 }, room.editor);
    const part2 = laid.pages[0]?.modules.find((m) => m.storyId === jumping && m.part === 2);
    if (!part2) throw new Error('no continuation on page 4');
    const smaller = { ...part2.module, lines: Math.max(1, Math.floor(part2.module.lines / 3)) };
    const before = tables();
    const p = await preview(jumping, smaller, 2);
    expect(tables()).toEqual(before);
    const { fits, overlapsStoryId, ...numbers } = p;
    expect(overlapsStoryId).toBe(null);
    expect(fits).toBe(numbers.linesOver === 0);
    expect(await saved(jumping, smaller, 2)).toEqual(numbers);
  });

  it('refuses modules outside the body, unplaced stories, and part 2 of a story that does not jump', async () => {
    const { storyIds } = await issue();
    const before = tables();
    const outside = await room.refused(
      'layout.preview',
      { date: DAY, storyId: storyIds[0], module: { col: 6, line: 0, cols: 4, lines: 10 } },
      room.editor,
    );
    expect(outside.message).toMatch(/^module 4×10 at column 6, line 0 is outside the body/);
    const unplaced = await room.refused(
      'layout.preview',
      { date: DAY, storyId: 999, module: { col: 0, line: 0, cols: 1, lines: 1 } },
      room.editor,
    );
    expect(unplaced.code).toBe('not-found');
    const noJump = await room.refused(
      'layout.preview',
      { date: DAY, storyId: storyIds[0], part: 2, module: { col: 0, line: 0, cols: 1, lines: 1 } },
      room.editor,
    );
    expect(noJump.message).toBe(`story ${storyIds[0]} does not jump: it has no part 2`);
    expect(tables()).toEqual(before);
  });
});
