import { ApiError, EVENT_NAMES, type EventName, type EventPayload } from '../../../shared/contract';
import { unwrapReply } from './reply';
import type { EventListener, Transport } from './transport';

/**
 * Browser mode: `POST /api/<name>` on the host that served this page, with the per-run
 * token as a bearer and the picked profile in `X-Newsdesk-As`. Every reply body, whatever
 * its status, is the Reply envelope. Events come as Server-Sent Events from /api/events.
 */
export function createHttpTransport(token: string, base = ''): Transport {
  let actorId: number | null = null;
  const listeners = new Set<EventListener>();
  let source: EventSource | null = null;

  function openEvents(): void {
    // EventSource cannot send headers, so the token rides in the query string here only.
    source = new EventSource(`${base}/api/events?token=${encodeURIComponent(token)}`);
    source.onmessage = (message: MessageEvent<string>) => {
      const parsed = parseEvent(message.data);
      if (!parsed) return;
      for (const listener of listeners) listener(parsed.event, parsed.payload);
    };
    // The browser reconnects by itself after an error; nothing to do here.
  }

  return {
    kind: 'http',
    async invoke(name, args) {
      const headers: Record<string, string> = {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'application/json',
      };
      if (actorId !== null) headers['X-Newsdesk-As'] = String(actorId);
      let response: Response;
      try {
        response = await fetch(`${base}/api/${name}`, {
          method: 'POST',
          headers,
          body: JSON.stringify(args ?? {}),
        });
      } catch (error) {
        throw new ApiError('internal', `network: ${(error as Error).message}`);
      }
      let body: unknown;
      try {
        body = await response.json();
      } catch {
        throw new ApiError('internal', `HTTP ${response.status}: the reply is not JSON`);
      }
      return unwrapReply(body);
    },
    subscribe(listener: EventListener) {
      listeners.add(listener);
      if (!source) openEvents();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && source) {
          source.close();
          source = null;
        }
      };
    },
    setActor(profileId) {
      actorId = profileId;
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
