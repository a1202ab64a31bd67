import { describe, expect, it } from 'vitest';
import { MAX_BODY_CHARS } from '../../src/shared/story/schema';
import { longDocument, withText } from '../support/long-document';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';

// The whole round trip once, in process (each step over HTTP is the same handler; the
// refusal below shows a body of this size passes the host's request limit).
describe('a story of 2,000,000 characters', () => {
  const [, inProcess] = TRANSPORTS[0] ?? [];
  if (!inProcess) throw new Error('no in-process transport');
  const room = useNewsroom(inProcess);

  it('is saved whole, counted, diffed, found by search and set on a page as overset', async () => {
    expect(MAX_BODY_CHARS).toBe(2_000_000);
    const document = longDocument(10_000, 200);
    const story = await room.ok(
      'story.create',
      { fields: { headline: '全文实录' }, document, deskDate: DAY },
      room.reporter,
    );
    expect(story.chars).toBe(4 + 2_000_000);
    const got = await room.ok('story.get', { id: story.id }, room.reporter);
    expect(got.document).toEqual(document);

    // One word changed deep in the text: the diff names exactly it.
    const marked = withText(document, 9_990, `${'甲'.repeat(100)}独一无二的标记${'乙'.repeat(93)}`);
    await room.ok(
      'story.save',
      { id: story.id, fields: { headline: '全文实录' }, document: marked, baseVersion: 1 },
      room.reporter,
    );
    const diff = await room.ok('revision.diff', { storyId: story.id, from: 1, to: 2 }, room.editor);
    const changed = diff.fields.body.filter((part) => part.kind !== 'same');
    const added = changed
      .filter((p) => p.kind === 'added')
      .map((p) => p.text)
      .join('');
    const removed = changed
      .filter((p) => p.kind === 'removed')
      .map((p) => p.text)
      .join('');
    expect(added).toContain('独一无二的标记');
    expect(added.length).toBe(removed.length); // one paragraph of 200 for one of 200
    expect(added.length).toBeLessThanOrEqual(200);
    // Both sides rebuild whole: paragraphs apart by a blank line.
    const side = (drop: 'added' | 'removed') =>
      diff.fields.body
        .filter((p) => p.kind !== drop)
        .map((p) => p.text)
        .join('');
    expect(side('removed').length).toBe(2_000_000 + 9_999 * 2);
    expect(side('added').length).toBe(2_000_000 + 9_999 * 2);

    const hits = await room.ok('story.search', { query: '独一无二的标记' }, room.editor);
    expect(hits.map((h) => h.id)).toEqual([story.id]);

    await room.ok('issue.create', { date: DAY }, room.editor);
    await room.ok('placement.assign', { storyId: story.id, date: DAY, page: 2 }, room.editor);
    const laid = await room.ok('layout.compose', { date: DAY }, room.editor);
    const module = laid.pages[1]?.modules.find((m) => m.storyId === story.id);
    expect(module?.linesOver).toBeGreaterThan(10_000);
    expect(laid.overset.map((o) => o.storyId)).toEqual([story.id]);
  }, 120_000);
});

describe.each(TRANSPORTS)('a body over 2,000,000 characters over %s', (_label, make) => {
  const room = useNewsroom(make);

  it('is refused, naming the body', async () => {
    const document = longDocument(10_000, 200);
    const over = withText(document, 0, `${'字'.repeat(200)}多`);
    const refusal = await room.refused(
      'story.create',
      { fields: { headline: '超长' }, document: over },
      room.reporter,
    );
    expect(refusal).toMatchObject({ code: 'bad-argument', field: 'document.body' });
    expect(refusal.message).toContain('body is longer than 2000000 characters');
  }, 60_000);
});
