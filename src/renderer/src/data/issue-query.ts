import type { QueryClient } from '@tanstack/react-query';
import { ApiError, type EventName, type EventPayload } from '../../../shared/contract';
import type { Issue } from '../../../shared/model/issue';
import type { Transport } from '../transport/transport';

/** The cache key of a day's issue (issue.get); null data: the day has no issue yet. */
export const issueKey = (date: string) => ['issue.get', date] as const;

/** The query of a day's issue (useIssue, and the desk's prefetch of the day's pages). */
export function issueQuery(invoke: Transport['invoke'], date: string) {
  return { queryKey: issueKey(date), queryFn: () => fetchIssue(invoke, date) };
}

async function fetchIssue(invoke: Transport['invoke'], date: string) {
  try {
    return await invoke('issue.get', { date });
  } catch (e) {
    if (e instanceof ApiError && e.code === 'not-found') return null;
    throw e;
  }
}

/** Whether an event may change a day's issue as loaded (undefined: not loaded yet). */
function dependsOn(issue: Issue | null | undefined, event: EventName, id: number | undefined) {
  // The issue carries the paper's size, which the settings give.
  if (event === 'settings.changed' || id === undefined || issue === undefined) return true;
  // A day without an issue may just have got one.
  if (event === 'issue.changed') return issue === null || issue.id === id;
  // Its placements show each story's headline and status.
  if (event === 'story.changed') return issue?.placements.some((p) => p.storyId === id) ?? false;
  return false;
}

/** A change event reached the window: the issues it may change load again. */
export function issueChanged(
  client: QueryClient,
  event: EventName,
  payload: EventPayload,
): Promise<unknown> {
  return client.invalidateQueries({
    queryKey: ['issue.get'],
    predicate: (query) =>
      dependsOn(query.state.data as Issue | null | undefined, event, payload.id),
  });
}
