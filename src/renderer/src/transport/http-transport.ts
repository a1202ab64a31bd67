import {
  ApiError,
  CALL_HEADER,
  EVENT_NAMES,
  type EventName,
  type EventPayload,
} from '../../../shared/contract';
import { unwrapReply } from './reply';
import { type EventListener, SIGNED_OUT_EVENT, type Transport } from './transport';

/**
 * Browser mode: `POST /api/<name>` on the host that served this page. The session is an
 * HttpOnly cookie the host set at `session.login`, sent by the browser itself (same origin),
 * so no script ever holds it. Every reply body, whatever its status, is the Reply envelope.
 * Events come as Server-Sent Events from /api/events once signed in.
 */
export function createHttpTransport(base = ''): Transport {
  const listeners = new Set<EventListener>();
  let source: EventSource | null = null;
  let signedIn = false;

  function openEvents(): void {
    if (source || !signedIn || listeners.size === 0) return;
    source = new EventSource(`${base}/api/events`);
    source.onmessage = (message: MessageEvent<string>) => {
      const parsed = parseEvent(message.data);
      if (!parsed) return;
      for (const listener of listeners) listener(parsed.event, parsed.payload);
    };
    // The browser reconnects by itself after a network error; a refused stream stays closed.
  }

  function closeEvents(): void {
    source?.close();
    source = null;
  }

  function setSignedIn(value: boolean): void {
    signedIn = value;
    if (value) openEvents();
    else closeEvents();
  }

  return {
    kind: 'http',
    async invoke(name, args, options) {
      let response: Response;
      try {
        response = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json',
            ...(options?.call ? { [CALL_HEADER]: options.call } : {}),
          },
          credentials: 'same-origin',
          body: JSON.stringify(args ?? {}),
        });
      } catch (error) {
        throw new ApiError('internal', `network: ${(error as Error).message}`, undefined, {
          key: 'network',
        });
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ApiError('internal', `HTTP ${response.status}: the reply is not JSON`);
      }
      if (response.status === 401 && name !== 'session.login' && signedIn) {
        setSignedIn(false);
        window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
      }
      const result = unwrapReply<unknown>(body);
      if (name === 'session.login') setSignedIn(true);
      if (name === 'session.me') setSignedIn(result !== null);
      if (name === 'session.logout') setSignedIn(false);
      return result as never;
    },
    subscribe(listener: EventListener) {
      listeners.add(listener);
      openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) closeEvents();
      };
    },
  };
}

function parseEvent(data: string): { event: EventName; payload: EventPayload } | null {
  try {
    const value = JSON.parse(data) as { event?: unknown; payload?: unknown };
    const event = EVENT_NAMES.find((name) => name === value.event);
    if (!event) return null;
    const payload =
      typeof value.payload === 'object' && value.payload !== null
        ? (value.payload as EventPayload)
        : {};
    return { event, payload };
  } catch {
    return null;
  }
}
