import { describe, expect, it } from 'vitest';
import { buildIssue } from '../../src/main/layout/test-support/issue-fixture';
import type { HandlerName, Result } from '../../src/shared/contract';
import type { StoryDocument } from '../../src/shared/story/elements';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

describe.each(TRANSPORTS)('story.copyfit and story.setTarget over %s', (_label, make) => {
  const room = useNewsroom(make);

  async function issue() {
    const call = <K extends HandlerName>(name: K, args: unknown) =>
      room.ok(name, args, room.chief) as Promise<Result<K>>;
    const built = await buildIssue(call, DAY);
    await room.ok('layout.auto', { date: DAY }, room.editor);
    return built;
  }
  /** The board's figures for the story: its parts' over summed, the last part's under. */
  async function board(storyId: number) {
    const laid = await room.ok('layout.compose', { date: DAY }, room.editor);
    const parts = laid.pages.flatMap((p) => p.modules).filter((m) => m.storyId === storyId);
    const last = parts.reduce((a, b) => (b.part > a.part ? b : a));
    return {
      linesOver: parts.reduce((n, m) => n + m.linesOver, 0),
      charsOver: parts.reduce((n, m) => n + m.charsOver, 0),
      linesUnder: last.linesUnder,
    };
  }

  it("reads the board's figures for the saved text, and for unsaved text the board's after saving it", async () => {
    const { storyIds } = await issue();
    const lead = storyIds[0] as number;
    await room.ok(
      'layout.setModule',
      { date: DAY, storyId: lead, module: { col: 0, line: 0, cols: 3, lines: 20 } },
      room.editor,
    );
    const saved = await room.ok('story.copyfit', { id: lead }, room.editor);
    expect(saved.placed).toEqual({ date: DAY, page: 1, jumpTo: null, ...(await board(lead)) });
    // 63 lines over (71 before headline stacks could be set tight): the stack set tight
    // gives back the grid line the photo needed to set in the third leg, so the overset is
    // the same 726 characters of text without the photo's 8 lines (it is on the page now).
    expect(saved.placed).toMatchObject({ linesOver: 63, charsOver: 726, linesUnder: 0 });

    // Half the paragraphs cut in the editor, not saved: copyfit writes nothing.
    const story = await room.ok('story.get', { id: lead }, room.chief);
    const cut: StoryDocument = {
      version: 1,
      body: story.document.body.slice(0, Math.ceil(story.document.body.length / 2)),
    };
    const before = room.counts();
    const unsaved = await room.ok('story.copyfit', { id: lead, document: cut }, room.editor);
    expect(room.counts()).toEqual(before);
    expect(unsaved.placed?.linesOver).toBeLessThan(63);
    // Saved, the board sets the same text to the same figures.
    await room.ok(
      'story.save',
      { id: lead, fields: story, document: cut, baseVersion: story.version },
      room.chief,
    );
    expect(unsaved.placed).toEqual({ date: DAY, page: 1, jumpTo: null, ...(await board(lead)) });
    // The headline stack counts too: the same body under another headline sets otherwise.
    const longer = await room.ok(
      'story.copyfit',
      {
        id: lead,
        fields: { ...story, headline: `${story.headline}${story.headline}${story.headline}` },
        document: cut,
      },
      room.editor,
    );
    expect(longer.placed?.linesOver).not.toBe(unsaved.placed?.linesOver);
  });

  it('reads a jumping story over both parts, as the board does', async () => {
    const { storyIds } = await issue();
    const jumping = storyIds[3] as number;
    const fit = await room.ok('story.copyfit', { id: jumping }, room.editor);
    expect(fit.placed).toEqual({ date: DAY, page: 3, jumpTo: 4, ...(await board(jumping)) });
  });

  it('has no figure for a story on no page; its target is set by editors, not reporters', async () => {
    const created = await room.ok(
      'story.create',
      { fields: { headline: '本稿需六百字' }, deskDate: DAY },
      room.reporter,
    );
    expect(created.targetChars).toBe(null);
    expect(await room.ok('story.copyfit', { id: created.id }, room.reporter)).toEqual({
      placed: null,
    });
    const refused = await room.refusedWhy(
      'story.setTarget',
      { id: created.id, targetChars: 600 },
      room.reporter,
    );
    expect(refused).toMatchObject({ code: 'forbidden', reason: 'forbidden' });
    const bad = await room.refused(
      'story.setTarget',
      { id: created.id, targetChars: 0 },
      room.editor,
    );
    expect(bad).toMatchObject({ code: 'bad-argument', field: 'targetChars' });

    const set = await room.ok('story.setTarget', { id: created.id, targetChars: 600 }, room.editor);
    // Not a new version: the reporter's open editor saves on from the version it loaded.
    expect(set).toMatchObject({ targetChars: 600, version: created.version });
    expect((await room.ok('story.get', { id: created.id }, room.reporter)).targetChars).toBe(600);
    const cleared = await room.ok(
      'story.setTarget',
      { id: created.id, targetChars: null },
      room.chief,
    );
    expect(cleared.targetChars).toBe(null);
    const audit = room.query<{ action: string; detail: string }>(
      "SELECT action, detail FROM audit WHERE action = 'story.target' ORDER BY id",
    );
    expect(audit).toEqual([
      { action: 'story.target', detail: '600' },
      { action: 'story.target', detail: 'none' },
    ]);
  });
});
