import { createHttpTransport } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';

const TOKEN_KEY = 'newsdesk.token';

export type TransportChoice =
  | { ok: true; transport: Transport }
  | { ok: false; reason: 'no-token' };

/**
 * Electron when the preload bridge is there, else the HTTP host that served this page.
 * The HTTP token arrives once in `#token=…`; it moves to sessionStorage (so a reload keeps
 * working) and leaves the visible URL (so it is not shared by copy-paste or screenshots).
 */
export function chooseTransport(): TransportChoice {
  if (window.newsdesk) return { ok: true, transport: createIpcTransport(window.newsdesk) };
  const token = takeTokenFromUrl() ?? sessionStorage.getItem(TOKEN_KEY);
  if (!token) return { ok: false, reason: 'no-token' };
  return { ok: true, transport: createHttpTransport(token) };
}

function takeTokenFromUrl(): string | null {
  const params = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const token = params.get('token');
  if (!token) return null;
  sessionStorage.setItem(TOKEN_KEY, token);
  params.delete('token');
  const rest = params.toString();
  const clean = `${window.location.pathname}${window.location.search}${rest ? `#${rest}` : ''}`;
  window.history.replaceState(window.history.state, '', clean);
  return token;
}
