import { useCallback, useEffect, useRef, useState } from 'react';
import type { LayoutIssue } from '../../../shared/contract/domains/layout';
import { useApiEvents, useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';

export interface LayoutState {
  layout: LayoutIssue | null;
  error: string | null;
  /** Composes again (after an action, or when a story or the issue changed elsewhere). */
  refresh: () => void;
  /** Takes a composed issue an action returned, so the board shows it at once. */
  accept: (layout: LayoutIssue) => void;
}

/** The day's issue composed by the engine (layout.compose), kept fresh by change events. */
export function useLayout(date: string, enabled: boolean): LayoutState {
  const { invoke } = useTransport();
  const [layout, setLayout] = useState<LayoutIssue | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Only the newest request may set the state: composes can finish out of order.
  const generation = useRef(0);

  const refresh = useCallback(() => {
    if (!enabled) return;
    const mine = ++generation.current;
    invoke('layout.compose', { date }).then(
      (composed) => {
        if (mine !== generation.current) return;
        setLayout(composed);
        setError(null);
      },
      (e: unknown) => {
        if (mine === generation.current) setError(errorMessage(e));
      },
    );
  }, [invoke, date, enabled]);

  const accept = useCallback((composed: LayoutIssue) => {
    generation.current++;
    setLayout(composed);
  }, []);

  useEffect(() => {
    setLayout(null);
    refresh();
  }, [refresh]);
  useApiEvents(['story.changed', 'issue.changed', 'settings.changed'], refresh);
  return { layout, error, refresh, accept };
}
