import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';

/** Electron when the preload bridge is there, else the HTTP host that served this page. */
export function chooseTransport(): Transport {
  return window.newsdesk ? createIpcTransport(window.newsdesk) : createHttpTransport();
}
