import type { EventName, EventPayload, Invoke } from '../../../shared/contract';

export type EventListener = (event: EventName, payload: EventPayload) => void;

/**
 * What the app talks to: the contract's `invoke` (throws ApiError on a refusal) plus change
 * events. Each transport is one file; `chooseTransport` picks one at start. Who acts is the
 * session's business: `session.login` signs this window (IPC) or this browser (a cookie) in.
 */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  invoke: Invoke;
  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
}

/** Sent on window when a call finds the session gone (expired, or ended elsewhere). */
export const SIGNED_OUT_EVENT = 'newsdesk:signed-out';
