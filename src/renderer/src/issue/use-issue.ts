import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/contract';
import type { Issue } from '../../../shared/model/issue';
import { useApiEvents, useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';

export interface IssueState {
  /** undefined while loading, null when the date has no issue yet. */
  issue: Issue | null | undefined;
  error: string | null;
  reload: () => void;
}

/** The issue of a date, loaded again whenever an issue or a story changes anywhere. */
export function useIssue(date: string): IssueState {
  const { invoke } = useTransport();
  const [issue, setIssue] = useState<Issue | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  // Replies can come back out of order: only the newest request's answer is shown.
  const latest = useRef(0);
  const reload = useCallback(() => {
    const mine = ++latest.current;
    invoke('issue.get', { date }).then(
      (loaded) => {
        if (mine !== latest.current) return;
        setIssue(loaded);
        setError(null);
      },
      (e: unknown) => {
        if (e instanceof ApiError && e.code === 'not-found') {
          setIssue(null);
          setError(null);
        } else setError(errorMessage(e));
      },
    );
  }, [invoke, date]);
  useEffect(() => {
    setIssue(undefined);
    reload();
  }, [reload]);
  useApiEvents(['issue.changed', 'story.changed'], reload);
  return { issue, error, reload };
}
