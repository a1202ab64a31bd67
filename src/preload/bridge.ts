import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../shared/contract/channels';
import type { Reply } from '../shared/contract/errors';
import { EVENT_NAMES, type EventName, type EventPayload } from '../shared/contract/events';
import type { NewsdeskBridge } from './api';

/** The part of Electron's ipcRenderer the bridge uses (a stub in tests). */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

const KNOWN_EVENTS: ReadonlySet<string> = new Set(EVENT_NAMES);

/**
 * Builds `window.newsdesk`. The page never gets ipcRenderer nor the IpcRendererEvent (whose
 * `sender` is ipcRenderer itself): only an invoke over one channel and known events' payloads.
 */
export function createBridge(ipc: IpcRendererLike): NewsdeskBridge {
  return {
    invoke(name: string, args: unknown, call?: string): Promise<Reply<unknown>> {
      const sent = typeof call === 'string' ? [name, args, call] : [name, args];
      return ipc.invoke(INVOKE_CHANNEL, ...sent) as Promise<Reply<unknown>>;
    },
    on(event: EventName, callback: (payload: EventPayload) => void): () => void {
      if (!KNOWN_EVENTS.has(event)) throw new Error(`newsdesk.on: unknown event ${String(event)}`);
      if (typeof callback !== 'function')
        throw new Error('newsdesk.on: callback is not a function');
      const listener = (_event: unknown, name: unknown, payload: unknown): void => {
        if (name === event) callback(payload as EventPayload);
      };
      ipc.on(EVENT_CHANNEL, listener);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, listener);
      };
    },
  };
}
