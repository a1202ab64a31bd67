import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseTransport } from './choose-transport';

/** A minimal window: location, history.replaceState and sessionStorage (node has no DOM). */
function stubBrowser(url: string, bridge?: unknown) {
  const location = new URL(url);
  const storage = new Map<string, string>();
  const replaced: string[] = [];
  vi.stubGlobal('window', {
    newsdesk: bridge,
    location,
    history: {
      state: null,
      replaceState: (_s: unknown, _t: string, next: string) => replaced.push(next),
    },
  });
  vi.stubGlobal('sessionStorage', {
    getItem: (key: string) => storage.get(key) ?? null,
    setItem: (key: string, value: string) => storage.set(key, value),
  });
  return { storage, replaced };
}

afterEach(() => vi.unstubAllGlobals());

describe('chooseTransport', () => {
  it('uses IPC when the preload bridge is there', () => {
    stubBrowser('file:///index.html', { invoke: vi.fn(), on: vi.fn() });
    const choice = chooseTransport();
    expect(choice.ok && choice.transport.kind).toBe('ipc');
  });

  it('takes the token from the fragment, keeps it for reloads, and clears the URL', () => {
    const { storage, replaced } = stubBrowser('http://127.0.0.1:5000/?x=1#token=abc');
    const choice = chooseTransport();
    expect(choice.ok && choice.transport.kind).toBe('http');
    expect(storage.get('newsdesk.token')).toBe('abc');
    expect(replaced).toEqual(['/?x=1']);
  });

  it('falls back to the stored token after a reload, and refuses without any', () => {
    const { storage } = stubBrowser('http://127.0.0.1:5000/');
    expect(chooseTransport()).toEqual({ ok: false, reason: 'no-token' });
    storage.set('newsdesk.token', 'kept');
    expect(chooseTransport().ok).toBe(true);
  });
});
