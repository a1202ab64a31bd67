import {
  EVENT_NAMES,
  type EventName,
  type EventPayload,
  type Reply,
} from '../../../shared/contract';
import { unwrapReply } from './reply';
import type { EventListener, Transport } from './transport';

/**
 * What the Electron preload exposes through contextBridge: the same shape as
 * src/preload/api.d.ts, restated here because the renderer never imports another layer.
 */
export interface NewsdeskBridge {
  invoke(name: string, args: unknown, call?: string): Promise<Reply<unknown>>;
  on(event: EventName, callback: (payload: EventPayload) => void): () => void;
}

declare global {
  interface Window {
    newsdesk?: NewsdeskBridge;
  }
}

/** Electron: one IPC channel behind the preload; main checks the sender and the arguments. */
export function createIpcTransport(bridge: NewsdeskBridge): Transport {
  return {
    kind: 'ipc',
    // The bridge sends the tag only when there is one.
    invoke: async (name, args, options) =>
      unwrapReply(await bridge.invoke(name, args, options?.call)),
    subscribe(listener: EventListener) {
      const offs = EVENT_NAMES.map((event: EventName) =>
        bridge.on(event, (payload) => listener(event, payload ?? {})),
      );
      return () => {
        for (const off of offs) off();
      };
    },
  };
}
