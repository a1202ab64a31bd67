import { describe, expect, it } from 'vitest';
import { doc } from '../support/story-doc';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

describe.each(TRANSPORTS)('revisions over %s', (_label, make) => {
  const room = useNewsroom(make);

  async function edited() {
    const story = await room.ok(
      'story.create',
      {
        fields: { headline: '市民广场今日开放', byline: '记者 王小明' },
        document: doc('广场今天开放。'),
      },
      room.reporter,
    );
    await room.ok(
      'story.save',
      {
        id: story.id,
        fields: { headline: '市民广场明日开放', byline: '记者 王小明' },
        document: doc('广场明天开放。\n\n游客500名。'),
      },
      room.reporter,
    );
    return story.id;
  }

  it('lists every version with its author, status, time and length', async () => {
    const id = await edited();
    await room.ok('story.transition', { id, to: 'filed' }, room.reporter);
    const list = await room.ok('revision.list', { storyId: id }, room.editor);
    expect(list.map(({ createdAt: _t, ...rest }) => rest)).toEqual([
      { version: 1, authorId: room.reporter, authorName: '王小明', status: 'draft', chars: 15 },
      { version: 2, authorId: room.reporter, authorName: '王小明', status: 'draft', chars: 20 },
      { version: 3, authorId: room.reporter, authorName: '王小明', status: 'filed', chars: 20 },
    ]);
    expect(list.every((r) => /^\d{4}-\d{2}-\d{2}T/.test(r.createdAt))).toBe(true);
    // The same count as the story's own (headline 8 + 广场明天开放。7 + 游客500名。5).
    expect((await room.ok('story.get', { id }, room.editor)).chars).toBe(20);
    const first = await room.ok('revision.get', { storyId: id, version: 1 }, room.reporter);
    expect(first).toMatchObject({
      storyId: id,
      version: 1,
      headline: '市民广场今日开放',
      byline: '记者 王小明',
      document: doc('广场今天开放。'),
      status: 'draft',
    });
  });

  it('diffs two versions character by character, per field', async () => {
    const id = await edited();
    const diff = await room.ok('revision.diff', { storyId: id, from: 1, to: 2 }, room.editor);
    expect(diff).toEqual({
      storyId: id,
      from: 1,
      to: 2,
      fields: {
        kicker: [],
        headline: [
          { kind: 'same', text: '市民广场' },
          { kind: 'removed', text: '今' },
          { kind: 'added', text: '明' },
          { kind: 'same', text: '日开放' },
        ],
        subhead: [],
        byline: [{ kind: 'same', text: '记者 王小明' }],
        dateline: [],
        body: [
          { kind: 'same', text: '广场' },
          { kind: 'removed', text: '今' },
          { kind: 'added', text: '明' },
          { kind: 'same', text: '天开放。' },
          { kind: 'added', text: '\n\n游客500名。' },
        ],
      },
    });
  });

  it('restores an old version as a new revision, audited, history untouched', async () => {
    const id = await edited();
    const restored = await room.ok('revision.restore', { storyId: id, version: 1 }, room.reporter);
    expect(restored).toMatchObject({
      version: 3,
      headline: '市民广场今日开放',
      document: doc('广场今天开放。'),
    });
    expect(
      room.query('SELECT version, author_id AS by FROM story_revisions WHERE story_id = ?', id),
    ).toEqual([
      { version: 1, by: room.reporter },
      { version: 2, by: room.reporter },
      { version: 3, by: room.reporter },
    ]);
    const v2 = await room.ok('revision.get', { storyId: id, version: 2 }, room.reporter);
    expect(v2.headline).toBe('市民广场明日开放');
    expect(
      room.query(
        "SELECT detail FROM audit WHERE action = 'revision.restore' AND target = ?",
        `story:${id}`,
      ),
    ).toEqual([{ detail: 'version 1 restored as version 3' }]);
  });

  it('restores under the edit permission only, and refuses what does not exist', async () => {
    const id = await edited();
    await room.ok('story.transition', { id, to: 'filed' }, room.reporter);
    const before = room.counts();
    expect(
      await room.refused('revision.restore', { storyId: id, version: 1 }, room.reporter),
    ).toMatchObject({ code: 'forbidden' });
    expect(await room.refused('revision.list', { storyId: id }, room.otherReporter)).toMatchObject({
      code: 'not-found',
      field: 'storyId',
    });
    expect(
      await room.refused('revision.get', { storyId: id, version: 9 }, room.editor),
    ).toMatchObject({
      code: 'not-found',
      field: 'version',
      message: `story ${id} has no version 9`,
    });
    expect(
      await room.refused('revision.diff', { storyId: id, from: 1, to: 9 }, room.editor),
    ).toMatchObject({ code: 'not-found', field: 'to' });
    expect(room.counts()).toEqual(before);
    const byEditor = await room.ok('revision.restore', { storyId: id, version: 1 }, room.editor);
    expect(byEditor).toMatchObject({ status: 'filed', version: 4, headline: '市民广场今日开放' });
  });
});
