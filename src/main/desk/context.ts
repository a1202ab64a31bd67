import type { EventName, EventPayload } from '../../shared/contract';
import { ApiError, because } from '../../shared/contract';
import type { Profile } from '../../shared/model/profile';
import { can, type Permission } from '../../shared/model/roles';
import type { Store } from '../store/store';
import type { Session } from './session';

/** What a handler gets besides its argument: the store, the acting profile, and side channels. */
export interface HandlerContext {
  store: Store;
  dbPath: string;
  actor: Profile | null;
  /** What the handler's preparer (desk/preparers.ts) read before the transaction, if any. */
  prepared: unknown;
  /** ISO time of this call: one value for every row the call writes. */
  now: string;
  /** Queues an event; it is sent only after the call's transaction commits. */
  emit(event: EventName, payload?: EventPayload): void;
  /** Appends to the audit log inside the call's transaction. */
  audit(action: string, target: string, detail?: string): void;
  /** Signs the transport's session in as this profile (after its password was checked). */
  selectActor(profile: Profile, mustChangePassword?: boolean): void;
  /** Signs the transport's session out. */
  endSession(): void;
  /** What the transport knows of its session (from where; the database file's owner). */
  session: Readonly<Session>;
  /** Hashes a new password at this desk's cost. */
  hashPassword(password: string): string;
}

/** The acting profile, or an 'unauthorized' refusal when nobody has been picked. */
export function requireActor(ctx: HandlerContext): Profile {
  if (!ctx.actor)
    throw new ApiError('unauthorized', 'sign in first', undefined, because('no-profile', {}));
  return ctx.actor;
}

export function requirePermission(ctx: HandlerContext, permission: Permission): Profile {
  const actor = requireActor(ctx);
  if (!can(actor.role, permission)) {
    throw new ApiError(
      'forbidden',
      `${actor.name} (${actor.role}) may not ${permission}`,
      undefined,
      because('forbidden', { action: permission }),
    );
  }
  return actor;
}
