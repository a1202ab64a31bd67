// A story's own hyphenation language (stories.hyphenation): saved, versioned, restored,
// read from a story file's front matter, and used when the page is set.

import { describe, expect, it } from 'vitest';
import { doc } from '../support/story-doc';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

const DAY = '2026-11-28';
const b64 = (text: string) => Buffer.from(text).toString('base64');
// No hyphen anywhere in the text: a line that ends in one was hyphenated by the engine.
const ENGLISH = Array.from(
  { length: 6 },
  () =>
    'Representatives of international organizations debated the assessment of construction ' +
    'throughout the afternoon, and internationalization remained controversial.',
).join('\n\n');

describe.each(TRANSPORTS)("a story's hyphenation over %s", (_label, make) => {
  const room = useNewsroom(make);

  it('is saved, kept in each version, restored, and null until set', async () => {
    const story = await room.ok(
      'story.create',
      { fields: { headline: 'Bridge opens' }, document: doc('The bridge opened.') },
      room.editor,
    );
    expect(story.hyphenation).toBeNull();
    await room.ok(
      'story.save',
      {
        id: story.id,
        fields: { headline: 'Bridge opens', hyphenation: 'off' },
        document: doc('The bridge opened.'),
      },
      room.editor,
    );
    expect((await room.ok('story.get', { id: story.id }, room.editor)).hyphenation).toBe('off');
    const v2 = await room.ok('revision.get', { storyId: story.id, version: 2 }, room.editor);
    expect([v2.hyphenation]).toEqual(['off']);
    const restored = await room.ok(
      'revision.restore',
      { storyId: story.id, version: 1 },
      room.editor,
    );
    expect(restored.hyphenation).toBeNull();
    const refused = await room.refused(
      'story.save',
      { id: story.id, fields: { headline: 'Bridge opens', hyphenation: 'fr' }, document: doc('') },
      room.editor,
    );
    expect(refused.code).toBe('bad-argument');
  });

  it('is read from the front matter, any case, and a wrong one is refused with its line', async () => {
    const file = (value: string) =>
      b64(`---\nheadline: Bridge opens\nhyphenation: ${value}\n---\n\nThe bridge opened.\n`);
    const gb = await room.ok(
      'story.import',
      { fileName: 'bridge.md', dataBase64: file('EN-GB'), draft: true },
      room.editor,
    );
    expect(gb.hyphenation).toBe('en-gb');
    const bad = await room.refused(
      'story.import',
      { fileName: 'pont.md', dataBase64: file('fr'), draft: true },
      room.editor,
    );
    expect(bad.message).toBe('pont.md:3: hyphenation must be en-us, en-gb, off, not "fr"');
  });

  it("sets the page with the story's language over the paper's", async () => {
    await room.ok('issue.create', { date: DAY }, room.editor);
    const story = await room.ok(
      'story.create',
      { fields: { headline: 'Debate' }, document: doc(ENGLISH) },
      room.editor,
    );
    await room.ok(
      'placement.assign',
      { storyId: story.id, date: DAY, page: 2, priority: 'normal' },
      room.editor,
    );
    // The painted lines (the display list): a hyphenated line ends in the hyphen it paints.
    const hyphenEnds = async () => {
      const laid = await room.ok('layout.compose', { date: DAY }, room.editor);
      const painted = (laid.pages[1]?.display.items ?? []).flatMap((i) =>
        i.kind === 'line' ? [i.runs.flatMap((r) => r.text).join('')] : [],
      );
      expect(painted.join(' ')).toContain('Representatives');
      return painted.filter((text) => /[a-z]-$/.test(text)).length;
    };
    expect(await hyphenEnds()).toBeGreaterThan(0);
    await room.ok(
      'story.save',
      { id: story.id, fields: { headline: 'Debate', hyphenation: 'off' }, document: doc(ENGLISH) },
      room.editor,
    );
    expect(await hyphenEnds()).toBe(0);
  });
});
