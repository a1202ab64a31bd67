import { useCallback, useEffect, useRef, useState } from 'react';
import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';
import { useApiEvents, useTransport } from '../api-context';
import { warmLayoutFonts } from '../fonts/warm-fonts';
import { errorMessage } from '../lib/error-message';

/** How long after taking an action's composed issue its one change event is ignored. */
const OWN_EVENT_MS = 1000;

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
        warmLayoutFonts(composed);
        setLayout(composed);
        setError(null);
      },
      (e: unknown) => {
        if (mine === generation.current) setError(errorMessage(e));
      },
    );
  }, [invoke, date, enabled]);

  // The change event of an action whose composed issue was just taken says nothing new.
  const own = useRef({ issue: 0, story: 0, until: 0 });
  const accept = useCallback((composed: LayoutIssue) => {
    generation.current++;
    // Auto-layout sends issue.changed; a jump sends that and story.changed.
    own.current = { issue: 1, story: 1, until: Date.now() + OWN_EVENT_MS };
    setLayout(composed);
  }, []);

  useEffect(() => {
    setLayout(null);
    refresh();
  }, [refresh]);
  useApiEvents(['story.changed', 'issue.changed', 'settings.changed'], (event, payload) => {
    const mine = own.current;
    if (event === 'issue.changed' && mine.issue > 0 && Date.now() < mine.until) {
      mine.issue--;
      return;
    }
    if (event === 'story.changed' && mine.story > 0 && Date.now() < mine.until) {
      mine.story--;
      return;
    }
    // A story's autosave recomposes only when the story is on a page of this issue.
    if (event === 'story.changed' && payload.id !== undefined && layout) {
      const placed = layout.pages.some((p) => p.modules.some((m) => m.storyId === payload.id));
      if (!placed) return;
    }
    refresh();
  });
  return { layout, error, refresh, accept };
}
