import type { Handlers } from '../../shared/contract';
import {
  ApiError,
  callTagOf,
  type EventName,
  type EventPayload,
  type HandlerName,
  type Reply,
  validateCall,
} from '../../shared/contract';
import { ONE_TIME_CALLS } from '../../shared/contract/domains/session';
import { BUSY_MESSAGE, busyError, isBusyError } from '../store/busy';
import { closeCleanly } from '../store/check-mark';
import { type OpenOptions, openDatabase } from '../store/open-database';
import { createStore, type Store } from '../store/store';
import { describeFault, StoreError } from '../store/store-error';
import type { HandlerContext } from './context';
import { handlers } from './handlers';
import { LoggedRefusal } from './logged-refusal';
import { type Preparer, preparers } from './preparers';
import type { Session } from './session';
import { hashPassword } from './session/password-hash';
import type { Desk, DeskListener } from './types';

export interface OpenDeskOptions extends OpenOptions {
  dbPath: string;
  /** Where unexpected errors are reported (the host's log); defaults to stderr. */
  log?: (message: string) => void;
  /** log2 of scrypt's N for new password hashes; tests lower it, nothing else should. */
  passwordCost?: number;
  /** The clock calls are stamped with (tests move it to let locks lapse). */
  clock?: () => Date;
}

/** Opens the database and returns the desk: every handler behind one validating `call`. */
export function openDesk(options: OpenDeskOptions): Desk {
  const db = openDatabase(options.dbPath, options);
  const store = createStore(db);
  try {
    bootstrapAdmin(store);
  } catch (error) {
    db.close();
    if (isBusyError(error)) throw new StoreError(`${options.dbPath}: ${BUSY_MESSAGE}`);
    throw error;
  }
  const listeners = new Set<DeskListener>();
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const table = handlers as Handlers<HandlerContext>;

  async function call(
    name: unknown,
    args: unknown,
    session: Session,
    callTag?: unknown,
  ): Promise<Reply<unknown>> {
    const events: [EventName, EventPayload][] = [];
    const tag = callTagOf(callTag);
    const at = (options.clock?.() ?? new Date()).toISOString();
    try {
      const valid = validateCall(name, args);
      if (session.mustChangePassword && !ONE_TIME_CALLS.includes(valid.name)) {
        throw new ApiError('forbidden', 'change your one-time password first');
      }
      const prepare = preparers[valid.name] as Preparer<HandlerName> | undefined;
      const actor = session.actorId === null ? null : (store.profiles.get(session.actorId) ?? null);
      const prepared = prepare
        ? await prepare(valid.args, { store, actor, dbPath: options.dbPath })
        : undefined;
      const ctx: HandlerContext = {
        store,
        dbPath: options.dbPath,
        actor,
        now: at,
        prepared,
        emit: (event, payload = {}) =>
          events.push([event, tag ? { ...payload, call: tag } : payload]),
        audit: (action, target, detail) =>
          store.audit.record(ctx.now, actor?.id ?? null, action, target, detail),
        selectActor: (profile, mustChangePassword = false) => {
          session.actorId = profile.id;
          session.mustChangePassword = mustChangePassword;
        },
        endSession: () => {
          session.actorId = null;
          session.mustChangePassword = false;
        },
        session,
        hashPassword: (password) => hashPassword(password, options.passwordCost),
      };
      const handler = table[valid.name] as (a: unknown, c: HandlerContext) => unknown;
      // One transaction per call: a refused or failed call writes nothing. IMMEDIATE takes
      // the write lock at BEGIN, where busy_timeout waits for another process; a deferred
      // transaction would read first and then fail to upgrade (SQLITE_BUSY_SNAPSHOT).
      const result = db.transaction(() => handler(valid.args, ctx)).immediate();
      for (const [event, payload] of events)
        for (const listener of listeners) listener(event, payload);
      return { ok: true, result: await result };
    } catch (error) {
      if (error instanceof LoggedRefusal) store.access.record(error.entry);
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
      if (isBusyError(error)) return { ok: false, error: busyError().toBody() };
      if (isFaultOfTheDisk(error)) {
        const message = `${options.dbPath}: ${describeFault(error)}; nothing was saved`;
        return { ok: false, error: { code: 'refused', message } };
      }
      log(`newsdesk: ${String(name)} failed: ${error instanceof Error ? error.stack : error}`);
      return { ok: false, error: { code: 'internal', message: internalMessage(error) } };
    }
  }

  return {
    call,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    dbPath: options.dbPath,
    settings: () => store.settings.all(),
    people: {
      firstAdmin: () => store.profiles.firstAdmin(),
      byId: (id) => store.profiles.get(id),
      byName: (name) => store.profiles.findByName(name),
      hasPassword: (id) => store.profiles.secret(id).hash !== null,
    },
    close: () => closeCleanly(db, options.dbPath),
  };
}

/**
 * A new database gets one admin profile, `admin`, with no password yet: `newsdesk init` (or
 * `serve`, or the desktop app's first start) gives it one; until then nobody signs in as it.
 */
function bootstrapAdmin(store: Store): void {
  store.db
    .transaction(() => {
      // Checked inside the write transaction: two processes opening a new file make one admin.
      if (store.profiles.list().length > 0) return;
      const at = new Date().toISOString();
      const admin = store.profiles.create('admin', 'admin', at);
      store.audit.record(at, null, 'profile.bootstrap', `profile:${admin.id}`, 'admin (admin)');
    })
    .immediate();
}

function internalMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return `internal error: ${text.split('\n')[0]}`;
}

/** The disk, not the call, failed: full, read-only, or gone. */
function isFaultOfTheDisk(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return (
    typeof code === 'string' && /^(SQLITE_(FULL|READONLY|IOERR|CANTOPEN)|ENOSPC|EROFS)/.test(code)
  );
}
