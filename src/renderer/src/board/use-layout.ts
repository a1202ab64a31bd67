import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';
import { useTransport } from '../api-context';
import { applyLayout, type LayoutMeta } from '../data/layout-cache';
import { layoutQuery } from '../data/layout-query';
import { warmLayoutFonts } from '../fonts/warm-fonts';
import { errorMessage } from '../lib/error-message';

export interface LayoutState {
  layout: LayoutIssue | null;
  error: string | null;
  /** Takes a composed issue an action returned, so the board shows it at once. */
  accept: (layout: LayoutIssue) => Promise<void>;
}

/**
 * The day's issue composed by the engine (layout.compose), from the query cache: composed
 * again only when an event names a story set in it, the issue itself, or the settings
 * (data/layout-cache.ts).
 */
export function useLayout(date: string, issueId: number | undefined, enabled: boolean) {
  const { invoke } = useTransport();
  const client = useQueryClient();
  const meta: LayoutMeta = issueId === undefined ? {} : { issueId };
  const query = useQuery({ ...layoutQuery(invoke, date), enabled, meta });
  const accept = useCallback(
    (composed: LayoutIssue) => {
      warmLayoutFonts(composed);
      return applyLayout(client, date, composed);
    },
    [client, date],
  );
  return {
    layout: query.data ?? null,
    error: query.error ? errorMessage(query.error) : null,
    accept,
  } satisfies LayoutState;
}
