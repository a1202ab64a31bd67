import { afterEach, describe, expect, it, vi } from 'vitest';
import { chooseTransport } from './choose-transport';

afterEach(() => vi.unstubAllGlobals());

describe('chooseTransport', () => {
  it('uses IPC when the preload bridge is there', () => {
    vi.stubGlobal('window', { newsdesk: { invoke: vi.fn(), on: vi.fn() } });
    expect(chooseTransport().kind).toBe('ipc');
  });

  it('uses the HTTP host that served the page otherwise', () => {
    vi.stubGlobal('window', {});
    expect(chooseTransport().kind).toBe('http');
  });
});
