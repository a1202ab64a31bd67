import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTransport } from '../api-context';
import { loadTextFonts } from '../fonts/load-text-fonts';
import { warmLayoutFonts } from '../fonts/warm-fonts';
import type { Transport } from '../transport/transport';
import { issueQuery } from './issue-query';
import { layoutKey } from './layout-cache';
import { whenSettled } from './when-settled';

/** The query of a day's composed issue: composed by the desk, its font slices sent for. */
export function layoutQuery(invoke: Transport['invoke'], date: string) {
  return {
    queryKey: layoutKey(date),
    queryFn: async () => {
      const [composed] = await Promise.all([invoke('layout.compose', { date }), loadTextFonts()]);
      warmLayoutFonts(composed);
      return composed;
    },
  };
}

/**
 * While an editor looks at the desk, the day's pages are composed in the background and
 * their font slices fetched, so the board opens on them at once.
 * The change events keep the entry current as they keep the board's (data/layout-cache.ts).
 */
export function usePrefetchLayout(date: string, enabled: boolean): void {
  const { invoke } = useTransport();
  const client = useQueryClient();
  useEffect(() => {
    if (!enabled) return;
    // Once the desk's own list is in and the browser idle. Only a day that
    // has an issue (the desk's page strip asks the same query) has pages to compose.
    return whenSettled(client, () => {
      void client
        .ensureQueryData(issueQuery(invoke, date))
        .then((issue) => issue && client.prefetchQuery(layoutQuery(invoke, date)))
        .catch(() => undefined);
    });
  }, [client, invoke, date, enabled]);
}
