import type { Handlers } from '../../shared/contract';
import {
  ApiError,
  type EventName,
  type EventPayload,
  type HandlerName,
  type Reply,
  validateCall,
} from '../../shared/contract';
import { printWhileMaking } from '../export/print-pdf';
import { type OpenOptions, openDatabase } from '../store/open-database';
import { createStore, type Store } from '../store/store';
import type { HandlerContext } from './context';
import { handlers } from './handlers';
import { type Preparer, type PrintPdf, preparers } from './preparers';
import type { Session } from './session';
import type { Desk, DeskListener } from './types';

export interface OpenDeskOptions extends OpenOptions {
  dbPath: string;
  /** Where unexpected errors are reported (the host's log); defaults to stderr. */
  log?: (message: string) => void;
  /** The PDF printer; defaults to playwright-core driving a system Chromium. */
  printPdf?: PrintPdf;
}

/** Opens the database and returns the desk: every handler behind one validating `call`. */
export function openDesk(options: OpenDeskOptions): Desk {
  const db = openDatabase(options.dbPath, options);
  const store = createStore(db);
  bootstrapAdmin(store);
  const listeners = new Set<DeskListener>();
  const log = options.log ?? ((message: string) => process.stderr.write(`${message}\n`));
  const printPdf: PrintPdf = options.printPdf ?? ((make) => printWhileMaking(make));
  const table = handlers as Handlers<HandlerContext>;

  async function call(name: unknown, args: unknown, session: Session): Promise<Reply<unknown>> {
    const events: [EventName, EventPayload][] = [];
    try {
      const valid = validateCall(name, args);
      const prepare = preparers[valid.name] as Preparer<HandlerName> | undefined;
      const actor = session.actorId === null ? null : (store.profiles.get(session.actorId) ?? null);
      const prepared = prepare ? await prepare(valid.args, { store, actor, printPdf }) : undefined;
      const ctx: HandlerContext = {
        store,
        dbPath: options.dbPath,
        actor,
        now: new Date().toISOString(),
        prepared,
        emit: (event, payload = {}) => events.push([event, payload]),
        audit: (action, target, detail) =>
          store.audit.record(ctx.now, actor?.id ?? null, action, target, detail),
        selectActor: (profile) => {
          session.actorId = profile.id;
        },
      };
      const handler = table[valid.name] as (a: unknown, c: HandlerContext) => unknown;
      // One transaction per call: a refused or failed call writes nothing.
      const result = db.transaction(() => handler(valid.args, ctx))();
      for (const [event, payload] of events)
        for (const listener of listeners) listener(event, payload);
      return { ok: true, result: await result };
    } catch (error) {
      if (error instanceof ApiError) return { ok: false, error: error.toBody() };
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
    close: () => db.close(),
  };
}

/** A new database gets one admin profile, `admin`, so the app and the CLI are usable at once. */
function bootstrapAdmin(store: Store): void {
  if (store.profiles.list().length > 0) return;
  store.db.transaction(() => {
    const at = new Date().toISOString();
    const admin = store.profiles.create('admin', 'admin', at);
    store.audit.record(at, null, 'profile.bootstrap', `profile:${admin.id}`, 'admin (admin)');
  })();
}

function internalMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return `internal error: ${text.split('\n')[0]}`;
}
