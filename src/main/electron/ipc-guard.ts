import { type ApiErrorBody, isHandlerName } from '../../shared/contract';
import { isAppUrl } from './app-url';

/** What the guard needs to know about an IPC message, as plain values (testable with stubs). */
export interface SenderFacts {
  /** The frame that sent the message (`event.senderFrame`); null once it is gone. */
  senderFrame: object | null;
  /** The main frame of OUR window whose webContents sent it; null when it is not our window. */
  mainFrame: object | null;
  /** The sender frame's current URL. */
  url: string;
}

export type GuardVerdict = { ok: true } | { ok: false; reason: string };

/**
 * Accepts only the main frame of a window we created, showing our own page. Subframes,
 * other windows and navigated-away pages are refused: they could be anybody's content.
 */
export function checkSender(facts: SenderFacts, appUrl: string): GuardVerdict {
  if (facts.mainFrame === null) return { ok: false, reason: 'sender is not a Newsdesk window' };
  if (facts.senderFrame === null) return { ok: false, reason: 'sender frame is gone' };
  if (!isSameFrame(facts.senderFrame, facts.mainFrame)) {
    return { ok: false, reason: 'sender is a subframe, not the main frame' };
  }
  if (!isAppUrl(facts.url, appUrl)) {
    return { ok: false, reason: `sender URL is not the app: ${facts.url.slice(0, 120)}` };
  }
  return { ok: true };
}

/**
 * The same frame: the same object, or (should Electron hand out a fresh wrapper) the same
 * renderer process and routing id.
 */
function isSameFrame(a: object, b: object): boolean {
  if (a === b) return true;
  const fa = a as { processId?: unknown; routingId?: unknown };
  const fb = b as { processId?: unknown; routingId?: unknown };
  return (
    typeof fa.processId === 'number' &&
    typeof fa.routingId === 'number' &&
    fa.processId === fb.processId &&
    fa.routingId === fb.routingId
  );
}

/** Refuses a name that is not a string or not in the contract, before the desk sees it. */
export function checkHandlerName(name: unknown): ApiErrorBody | undefined {
  if (typeof name !== 'string') {
    return { code: 'unknown-handler', message: 'handler name must be a string' };
  }
  if (!isHandlerName(name)) {
    return { code: 'unknown-handler', message: `unknown handler: ${name.slice(0, 80)}` };
  }
  return undefined;
}
