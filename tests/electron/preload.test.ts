import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { NewsdeskBridge } from '../../src/preload/api';
import { EVENT_CHANNEL, INVOKE_CHANNEL } from '../../src/shared/contract/channels';
import { fakeContextBridge, fakeIpcRenderer } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

let bridge: NewsdeskBridge;

beforeAll(async () => {
  await import('../../src/preload/index');
  bridge = fakeContextBridge.exposed.get('newsdesk') as NewsdeskBridge;
});

describe('preload bridge', () => {
  it('exposes window.newsdesk with invoke and on, nothing else', () => {
    expect([...fakeContextBridge.exposed.keys()]).toEqual(['newsdesk']);
    expect(Object.keys(bridge).sort()).toEqual(['invoke', 'on']);
  });

  it('invoke sends the name and argument over the one channel', async () => {
    await bridge.invoke('story.get', { id: 3 });
    expect(fakeIpcRenderer.invocations.at(-1)).toEqual([INVOKE_CHANNEL, 'story.get', { id: 3 }]);
  });

  it('on accepts only known events', () => {
    expect(() => bridge.on('ipc.anything' as never, () => {})).toThrow(/unknown event/);
  });

  it('the callback gets only the payload of its own event; unsubscribe stops it', () => {
    const seen: unknown[][] = [];
    const off = bridge.on('story.changed', (...args: unknown[]) => seen.push(args));
    const ipcEvent = { sender: fakeIpcRenderer, ports: [] };
    fakeIpcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'story.changed', { id: 5 });
    fakeIpcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'settings.changed', {});
    expect(seen).toEqual([[{ id: 5 }]]);
    off();
    fakeIpcRenderer.emit(EVENT_CHANNEL, ipcEvent, 'story.changed', { id: 6 });
    expect(seen).toHaveLength(1);
    expect(fakeIpcRenderer.listeners.get(EVENT_CHANNEL)).toEqual([]);
  });
});
