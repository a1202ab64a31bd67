export interface IdleOptions {
  /** At most this long a wait where the browser never idles (requestIdleCallback's timeout). */
  timeout?: number;
  /** The wait where the browser has no idle callback; 200 ms unless given. */
  fallbackMs?: number;
}

/** Runs `run` when the browser is next idle; gives the function that cancels it. */
export function whenIdle(run: () => void, options: IdleOptions = {}): () => void {
  if (window.requestIdleCallback) {
    const timeout = options.timeout === undefined ? {} : { timeout: options.timeout };
    const handle = window.requestIdleCallback(run, timeout);
    return () => window.cancelIdleCallback(handle);
  }
  const timer = window.setTimeout(run, options.fallbackMs ?? 200);
  return () => window.clearTimeout(timer);
}
