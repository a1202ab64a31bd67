import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tempDir } from '../../../../tests/support/temp-db';
import type { EventName } from '../../../shared/contract';
import { openDesk } from '../open-desk';
import type { Desk } from '../types';

describe('issue events', () => {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  beforeEach(() => {
    temp = tempDir();
    desk = openDesk({ dbPath: join(temp.dir, 'paper.sqlite') });
  });
  afterEach(() => {
    desk.close();
    temp.cleanup();
  });

  it('emits issue.changed after a change commits, and nothing for a refusal', async () => {
    const seen: [EventName, number | undefined][] = [];
    desk.subscribe((event, payload) => seen.push([event, payload.id]));
    const admin = { actorId: 1 };
    const created = await desk.call('issue.create', { date: '2026-11-28' }, admin);
    expect(created.ok).toBe(true);
    expect((await desk.call('issue.create', { date: '2026-11-28' }, admin)).ok).toBe(false);
    await desk.call('issue.get', { date: '2026-11-28' }, admin);
    expect(seen).toEqual([['issue.changed', 1]]);
  });
});
