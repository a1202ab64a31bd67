import { QueryClient, QueryObserver } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../shared/model/issue';
import { issueChanged, issueKey } from './issue-query';

/** Issues by day (null: none yet) on screen, each load counted. */
async function issues(days: Record<string, { id: number; stories: number[] } | null>) {
  const client = new QueryClient({ defaultOptions: { queries: { staleTime: Infinity } } });
  const loads: string[] = [];
  for (const [date, day] of Object.entries(days)) {
    const observer = new QueryObserver(client, {
      queryKey: issueKey(date),
      queryFn: async () => {
        loads.push(date);
        if (!day) return null;
        const placements = day.stories.map((storyId) => ({ storyId }));
        return { id: day.id, date, placements } as unknown as Issue;
      },
    });
    observer.subscribe(() => undefined);
    await observer.refetch();
  }
  loads.length = 0;
  return { client, loads };
}

describe('issueChanged', () => {
  it('loads again the issue an event names, or where the story changed is placed', async () => {
    const { client, loads } = await issues({
      '2026-12-04': { id: 3, stories: [7] },
      '2026-12-05': { id: 4, stories: [8] },
    });
    await issueChanged(client, 'issue.changed', { id: 4 });
    await issueChanged(client, 'story.changed', { id: 7 });
    await issueChanged(client, 'story.changed', { id: 99 });
    expect(loads).toEqual(['2026-12-05', '2026-12-04']);
  });

  it('asks again for a day without an issue on any issue.changed, not on a story change', async () => {
    const { client, loads } = await issues({ '2026-12-06': null });
    await issueChanged(client, 'story.changed', { id: 7 });
    await issueChanged(client, 'issue.changed', { id: 12 });
    expect(loads).toEqual(['2026-12-06']);
  });

  it('loads all again on settings.changed (the paper size) or an event without an id', async () => {
    const { client, loads } = await issues({ '2026-12-04': { id: 3, stories: [] } });
    await issueChanged(client, 'settings.changed', {});
    await issueChanged(client, 'story.changed', {});
    expect(loads).toEqual(['2026-12-04', '2026-12-04']);
  });
});
