import { QueryClient } from '@tanstack/react-query';

/**
 * The renderer's one query cache (TanStack Query). Data stays until an event names it:
 * no refetch on focus or on a timer; `story.changed` and friends invalidate per id
 * (story-page-events.ts).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: Number.POSITIVE_INFINITY,
        gcTime: 5 * 60_000,
        refetchOnWindowFocus: false,
        refetchOnReconnect: false,
        retry: false,
      },
    },
  });
}
