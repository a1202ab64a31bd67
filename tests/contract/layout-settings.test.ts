// Settings take effect at once: after an admin changes the body size or the 禁则 level,
// the next composition of a running desk sets every story at the new size and rule (the
// prepared-text cache is keyed by the typesetting settings, not only by the story block).

import { describe, expect, it } from 'vitest';
import type { LayoutIssue } from '../../src/shared/contract/wire/layout-page';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';
/** Dashes and ellipses that 'strict' keeps off a line's start (and 'basic' does not). */
const TEXT = '他说——这是一个好消息……我们等了很久——终于等到了……'.repeat(30);

describe.each(TRANSPORTS)('settings changes over %s', (_label, make) => {
  const room = useNewsroom(make);

  const bodyLines = (laid: LayoutIssue) =>
    laid.pages.flatMap((p) => p.modules).flatMap((m) => m.lines.filter((l) => l.kind === 'body'));

  it('sets text at the new body size and 禁则 level at once, on the board and in the export', async () => {
    await room.ok('issue.create', { date: DAY }, room.chief);
    const { id } = await room.ok(
      'story.create',
      {
        fields: { headline: '禁则检验', priority: 'normal' },
        document: { version: 1, body: [{ type: 'paragraph', children: [{ text: TEXT }] }] },
      },
      room.chief,
    );
    await room.ok('placement.assign', { storyId: id, date: DAY, page: 1 }, room.chief);
    const compose = () => room.ok('layout.compose', { date: DAY }, room.editor);

    const before = bodyLines(await compose());
    expect(new Set(before.map((l) => l.size))).toEqual(new Set([9]));
    const startsBasic = before.filter((l) => /^[—…]/.test(l.text)).length;
    expect(startsBasic).toBeGreaterThan(0);

    await room.ok('settings.set', { key: 'type.body', value: 10.5 }, room.admin);
    const larger = bodyLines(await compose());
    expect(new Set(larger.map((l) => l.size))).toEqual(new Set([10.5]));
    expect(larger.length).toBeGreaterThan(before.length);

    await room.ok('settings.set', { key: 'typeset.kinsoku', value: 'strict' }, room.admin);
    const strict = bodyLines(await compose());
    expect(strict.filter((l) => /^[—…]/.test(l.text))).toEqual([]);
    expect(new Set(strict.map((l) => l.size))).toEqual(new Set([10.5]));

    // The export composes the same way: its HTML sets the body at the new size.
    const html = await room.ok(
      'export.html',
      { date: DAY, force: 'settings test: unsigned copy' },
      room.editor,
    );
    expect(html.html).toContain('10.5pt');
  });
});
