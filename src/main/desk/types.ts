import type { EventName, EventPayload, Reply } from '../../shared/contract';
import type { Profile } from '../../shared/model/profile';
import type { Settings } from '../../shared/model/settings';
import type { Session } from './session';

export type DeskListener = (event: EventName, payload: EventPayload) => void;

/**
 * The handlers behind every transport. `call` takes untrusted input: it validates the name
 * and argument against the contract, runs the handler in one transaction, and never throws.
 */
export interface Desk {
  /** `call`: the caller's tag for this call; the events it causes carry it (callTagOf). */
  call(name: unknown, args: unknown, session: Session, call?: unknown): Promise<Reply<unknown>>;
  /** Subscribes to change events; returns the unsubscribe function. */
  subscribe(listener: DeskListener): () => void;
  readonly dbPath: string;
  /** In-process only (the CLI, tests): profiles by name, and whether one has a password. */
  readonly people: LocalPeople;
  /** The paper's settings as stored now (session and lock limits are among them). */
  settings(): Settings;
  close(): void;
}

export interface LocalPeople {
  firstAdmin(): Profile | undefined;
  byId(id: number): Profile | undefined;
  byName(name: string): Profile | undefined;
  hasPassword(id: number): boolean;
}
