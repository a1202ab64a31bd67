import type { QueryClient } from '@tanstack/react-query';
import { whenIdle } from '../lib/when-idle';

/**
 * Runs `run` once the screen's own data is in: when no query is fetching and the browser is
 * next idle. Background work (the other screens' code, the day's pages) waited for idle
 * alone before, and idle comes while the desk waits for its first page from the host: the
 * preloaded chunks then compiled just as the rows arrived, delaying the first screen.
 * Gives the function that cancels it.
 */
export function whenSettled(client: QueryClient, run: () => void): () => void {
  let cancelIdle: (() => void) | null = null;
  let unsubscribe: (() => void) | null = null;
  const afterIdle = () => {
    cancelIdle = whenIdle(() => {
      cancelIdle = null;
      if (client.isFetching() === 0) run();
      else untilQuiet();
    });
  };
  const untilQuiet = () => {
    unsubscribe = client.getQueryCache().subscribe(() => {
      if (client.isFetching() > 0) return;
      unsubscribe?.();
      unsubscribe = null;
      afterIdle();
    });
  };
  afterIdle();
  return () => {
    cancelIdle?.();
    unsubscribe?.();
  };
}
