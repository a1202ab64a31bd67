import { describe, expect, it } from 'vitest';
import { localIsoDate } from '../../src/main/desk/local-date';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

describe.each(TRANSPORTS)('audit.search over %s', (_label, make) => {
  const room = useNewsroom(make);

  it('lists sign-ins, failed sign-ins, moves and lock breaks, filtered by person, story and day', async () => {
    const story = await room.ok('story.create', { fields: { headline: '审计稿' } }, room.reporter);
    await room.ok('story.transition', { id: story.id, to: 'filed' }, room.reporter);
    await room.ok('lock.acquire', { storyId: story.id }, room.editor);
    await room.ok('lock.break', { storyId: story.id }, room.chief);
    await room.refused(
      'session.login',
      { name: '王小明', password: 'wrong-password-1' },
      room.editor,
    );

    const mine = await room.ok('audit.search', { person: '王小明' }, room.chief);
    expect(mine.map((e) => e.action).filter((a) => a !== 'session.login')).toEqual([
      'session.login-failed',
      'story.transition',
      'story.create',
    ]);
    const onStory = await room.ok('audit.search', { storyId: story.id }, room.chief);
    expect(onStory.map((e) => [e.action, e.actorName])).toEqual([
      ['lock.break', '刘主编'],
      ['story.transition', '王小明'],
      ['story.create', '王小明'],
    ]);
    const today = await room.ok(
      'audit.search',
      { day: localIsoDate(new Date()), storyId: story.id },
      room.admin,
    );
    expect(today).toHaveLength(3);
    expect(await room.ok('audit.search', { day: '2001-01-01' }, room.admin)).toEqual([]);
    expect((await room.refused('audit.search', {}, room.reporter)).code).toBe('forbidden');
    expect((await room.refused('audit.search', {}, room.editor)).code).toBe('forbidden');
  });
});
