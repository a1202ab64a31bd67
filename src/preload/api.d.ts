import type { EventName, EventPayload, Reply } from '../shared/contract';

/**
 * What the preload exposes as `window.newsdesk`, and nothing more. The renderer only sees it
 * when it runs inside Electron; in a browser (HTTP host) it is undefined.
 */
export interface NewsdeskBridge {
  /**
   * Calls one handler of the contract; never rejects for API errors, they come in the Reply.
   * `call` tags the events the call causes (EventPayload.call).
   */
  invoke(name: string, args: unknown, call?: string): Promise<Reply<unknown>>;
  /** Listens to one change event; returns the function that stops listening. */
  on(event: EventName, callback: (payload: EventPayload) => void): () => void;
}

declare global {
  interface Window {
    newsdesk?: NewsdeskBridge;
  }
}
