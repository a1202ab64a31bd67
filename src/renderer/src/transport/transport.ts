import type { EventName, EventPayload, Invoke } from '../../../shared/contract';

export type EventListener = (event: EventName, payload: EventPayload) => void;

/**
 * What the app talks to: the contract's `invoke` (throws ApiError on a refusal) plus change
 * events. Each transport is one file; `chooseTransport` picks one at start.
 */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  invoke: Invoke;
  /** Subscribes to every event; returns the unsubscribe function. */
  subscribe(listener: EventListener): () => void;
  /**
   * Who is acting. HTTP sends it with every request; over IPC main keeps it per window
   * once `session.select` ran, so this is only bookkeeping there.
   */
  setActor(profileId: number | null): void;
}
