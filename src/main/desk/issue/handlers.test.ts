import { describe, expect, it } from 'vitest';
import { useTempDesk } from '../../../../tests/support/temp-desk';
import type { EventName } from '../../../shared/contract';

describe('issue events', () => {
  const paper = useTempDesk();

  it('emits issue.changed after a change commits, and nothing for a refusal', async () => {
    const seen: [EventName, number | undefined][] = [];
    paper.desk.subscribe((event, payload) => seen.push([event, payload.id]));
    const admin = { actorId: 1 };
    const created = await paper.desk.call('issue.create', { date: '2026-11-28' }, admin);
    expect(created.ok).toBe(true);
    expect((await paper.desk.call('issue.create', { date: '2026-11-28' }, admin)).ok).toBe(false);
    await paper.desk.call('issue.get', { date: '2026-11-28' }, admin);
    expect(seen).toEqual([['issue.changed', 1]]);
  });
});
