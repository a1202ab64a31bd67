import { describe, expect, it } from 'vitest';
import { doc } from '../support/story-doc';
import { TRANSPORTS, useNewsroom } from './newsroom-fixture';

// Refusals travel as a reason code with parameters (the UI words them in its language);
// the English message stays for the CLI and logs. No permission name is needed to word one.
describe.each(TRANSPORTS)('refusal reasons over %s', (_label, make) => {
  const room = useNewsroom(make);

  it('names the action a role lacks, the missing issue and the missing story', async () => {
    expect(await room.refusedWhy('issue.create', { date: '2026-12-04' }, room.reporter)).toEqual({
      code: 'forbidden',
      message: expect.stringContaining('may not page.edit'),
      reason: 'forbidden',
      params: { action: 'page.edit' },
    });
    expect(await room.refusedWhy('issue.get', { date: '2026-12-04' }, room.editor)).toMatchObject({
      code: 'not-found',
      field: 'date',
      reason: 'no-issue',
      params: { date: '2026-12-04' },
    });
    expect(await room.refusedWhy('story.get', { id: 999 }, room.editor)).toMatchObject({
      code: 'not-found',
      reason: 'story-missing',
      params: { id: 999 },
    });
  });

  it('words a stale save and a workflow move by version and status codes', async () => {
    const args = { fields: { headline: '市政府召开常务会议' }, document: doc('本报讯 正文。') };
    const { id } = await room.ok('story.create', args, room.reporter);
    await room.ok('story.save', { id, ...args, baseVersion: 1 }, room.reporter);
    expect(
      await room.refusedWhy('story.save', { id, ...args, baseVersion: 1 }, room.reporter),
    ).toMatchObject({
      code: 'conflict',
      reason: 'story-changed',
      params: { id, now: 2, yours: 1 },
    });
    expect(
      await room.refusedWhy('story.transition', { id, to: 'signed-off' }, room.reporter),
    ).toMatchObject({ reason: 'bad-move', params: { from: 'draft', to: 'signed-off' } });
  });
});
