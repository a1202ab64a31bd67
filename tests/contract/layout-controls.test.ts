import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

describe.each(TRANSPORTS)('module controls over %s', (_label, make) => {
  const room = useNewsroom(make);

  async function issue() {
    const call = <K extends HandlerName>(name: K, args: unknown) =>
      room.ok(name, args, room.chief) as Promise<Result<K>>;
    return buildIssue(call, DAY);
  }
  const stored = () =>
    room.query<{ story_id: number; controls: string; module: string }>(
      'SELECT story_id, controls, module FROM placements ORDER BY id',
    );

  it('stores the controls, pins the module where it is, and composes with them', async () => {
    const { storyIds } = await issue();
    const lead = storyIds[0] as number;
    const before = await room.ok('layout.compose', { date: DAY, page: 1 }, room.editor);
    const module = before.pages[0]?.modules.find((m) => m.storyId === lead);
    expect(module?.pinned).toBe(false);
    const controls = {
      headlineSize: 40,
      photoColumns: 2,
      crop: { x: 0.25, y: 0, width: 0.5, height: 1 },
      frame: 'box' as const,
    };
    const laid = await room.ok(
      'layout.setControls',
      { date: DAY, storyId: lead, controls },
      room.editor,
    );
    const page = laid.pages[0];
    const after = page?.modules.find((m) => m.storyId === lead);
    expect(after?.controls).toEqual(controls);
    expect(after?.pinned).toBe(true);
    expect(after?.module).toEqual(module?.module);
    expect(new Set(after?.lines.filter((l) => l.kind === 'headline').map((l) => l.size))).toEqual(
      new Set([40]),
    );
    const photo = after?.photos[0];
    const g = page?.grid;
    expect(photo?.box.w).toBeCloseTo(2 * (g?.columnWidth ?? 0) + (g?.gutter ?? 0), 2);
    expect(photo?.crop).toEqual(controls.crop);
    const row = stored().find((r) => r.story_id === lead);
    expect(JSON.parse(row?.controls ?? '')).toEqual(controls);
    expect(JSON.parse(row?.module ?? '')).toEqual({ module: module?.module, pinned: true });
    // Undo as the board does it: the old (empty) controls, and not pinned.
    const back = await room.ok(
      'layout.setControls',
      { date: DAY, storyId: lead, controls: {}, pinned: false },
      room.editor,
    );
    const undone = back.pages[0]?.modules.find((m) => m.storyId === lead);
    expect(undone?.pinned).toBe(false);
    expect(undone?.controls).toBeUndefined();
    expect(undone?.lines.filter((l) => l.kind === 'headline').map((l) => l.size)).toEqual(
      module?.lines.filter((l) => l.kind === 'headline').map((l) => l.size),
    );
  });

  it('turns the pull quote of a module far deeper than its text off, and on again', async () => {
    const { storyIds } = await issue();
    const lead = storyIds[0] as number;
    const roomy = { col: 0, line: 0, cols: 8, lines: 40 };
    type Laid = Result<'layout.setModule'>;
    const quote = (laid: Laid) =>
      laid.pages[0]?.modules
        .find((m) => m.storyId === lead)
        ?.lines.filter((l) => l.kind === 'pullquote')
        .map((l) => l.text.trim())
        .join('');
    const laid = await room.ok(
      'layout.setModule',
      { date: DAY, storyId: lead, module: roomy },
      room.editor,
    );
    // A sentence of its own body, set large (the fixture's lead leaves the module half empty).
    expect(quote(laid)).toBe('据介绍，改造坚持“先民生后提升”的原则，优先解决供水、供暖等问题');
    const off = await room.ok(
      'layout.setControls',
      { date: DAY, storyId: lead, controls: { pullQuote: 'off' } },
      room.editor,
    );
    expect(quote(off)).toBe('');
    const row = stored().find((r) => r.story_id === lead);
    expect(JSON.parse(row?.controls ?? '')).toEqual({ pullQuote: 'off' });
    const on = await room.ok(
      'layout.setControls',
      { date: DAY, storyId: lead, controls: {} },
      room.editor,
    );
    expect(quote(on)).toBe(quote(laid));
  });

  it('refuses controls out of range and anyone but editors, writing nothing', async () => {
    const { storyIds } = await issue();
    const lead = storyIds[0] as number;
    const counts = room.counts();
    const rows = stored();
    for (const controls of [
      { headlineSize: 200 },
      { headlineSize: 30.25 },
      { headlineLines: 0 },
      { photoColumns: 2.5 },
      { crop: { x: 0.6, y: 0, width: 0.5, height: 1 } },
      { frame: 'double' },
      { pullQuote: 'on' },
      { colour: 'red' },
    ]) {
      const refused = await room.refused(
        'layout.setControls',
        { date: DAY, storyId: lead, controls },
        room.editor,
      );
      expect(refused.code, JSON.stringify(controls)).toBe('bad-argument');
    }
    const reporter = await room.refused(
      'layout.setControls',
      { date: DAY, storyId: lead, controls: { frame: 'box' } },
      room.reporter,
    );
    expect(reporter.code).toBe('forbidden');
    expect(room.counts()).toEqual(counts);
    expect(stored()).toEqual(rows);
  });

  it('keeps the controls when the story moves to another page', async () => {
    const { storyIds } = await issue();
    const second = storyIds[1] as number;
    await room.ok(
      'layout.setControls',
      { date: DAY, storyId: second, controls: { headlineWeight: 'regular', frame: 'rule' } },
      room.editor,
    );
    await room.ok('placement.assign', { storyId: second, date: DAY, page: 2 }, room.editor);
    const row = stored().find((r) => r.story_id === second);
    expect(JSON.parse(row?.controls ?? '')).toEqual({ headlineWeight: 'regular', frame: 'rule' });
    const page2 = await room.ok('layout.compose', { date: DAY, page: 2 }, room.editor);
    const moved = page2.pages[0]?.modules.find((m) => m.storyId === second);
    // The faces the display list paints the headline's lines in.
    const headlines = new Set(
      moved?.lines.filter((l) => l.kind === 'headline').map((l) => l.text.trim()),
    );
    expect(headlines.size).toBeGreaterThan(0);
    const fonts = new Set(
      page2.pages[0]?.display.items.flatMap((item) =>
        item.kind === 'line' &&
        headlines.has(
          item.runs
            .flatMap((r) => r.text)
            .join('')
            .trim(),
        )
          ? item.runs.map((r) => r.face)
          : [],
      ),
    );
    expect(fonts).toEqual(new Set(['sans-400']));
  });
});
