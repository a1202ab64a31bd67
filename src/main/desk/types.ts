import type { EventName, EventPayload, Reply } from '../../shared/contract';
import type { Session } from './session';

export type DeskListener = (event: EventName, payload: EventPayload) => void;

/**
 * The handlers behind every transport. `call` takes untrusted input: it validates the name
 * and argument against the contract, runs the handler in one transaction, and never throws.
 */
export interface Desk {
  call(name: unknown, args: unknown, session: Session): Promise<Reply<unknown>>;
  /** Subscribes to change events; returns the unsubscribe function. */
  subscribe(listener: DeskListener): () => void;
  readonly dbPath: string;
  close(): void;
}
