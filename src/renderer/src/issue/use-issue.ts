import { useQuery } from '@tanstack/react-query';
import type { Issue } from '../../../shared/model/issue';
import { useTransport } from '../api-context';
import { issueQuery } from '../data/issue-query';
import { errorMessage } from '../lib/error-message';

export interface IssueState {
  /** undefined while loading, null when the date has no issue yet. */
  issue: Issue | null | undefined;
  error: string | null;
  reload: () => void;
}

/**
 * The issue of a date, from the query cache: loaded again when an event names it, a story
 * placed in it, or the settings (data/issue-query.ts).
 */
export function useIssue(date: string): IssueState {
  const { invoke } = useTransport();
  const query = useQuery(issueQuery(invoke, date));
  return {
    issue: query.data,
    error: query.error ? errorMessage(query.error) : null,
    reload: () => void query.refetch(),
  };
}
