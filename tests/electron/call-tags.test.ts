// A call's tag (CallOptions.call) comes back on every event the call causes, over each
// transport, so a window knows its own action's events exactly; a bad tag tags nothing.

import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { createInvokeHandler } from '../../src/main/electron/invoke-handler';
import { WindowSessions } from '../../src/main/electron/window-sessions';
import { type RunningHost, startHost } from '../../src/main/host/http-host';
import { createBridge } from '../../src/preload/bridge';
import type { EventName, EventPayload } from '../../src/shared/contract';
import { INVOKE_CHANNEL } from '../../src/shared/contract/channels';
import { tempDir } from '../support/temp-db';
import { TEST_PASSWORD, TEST_PASSWORD_COST } from '../support/test-password';

const ADMIN = { actorId: 1 };
const STORY = { fields: { headline: '市民广场今日开放' } };

describe('call tags on events', () => {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  const heard: [EventName, EventPayload][] = [];

  beforeEach(() => {
    temp = tempDir();
    desk = openDesk({ dbPath: join(temp.dir, 'desk.sqlite'), passwordCost: TEST_PASSWORD_COST });
    heard.length = 0;
    desk.subscribe((event, payload) => heard.push([event, payload]));
  });
  afterEach(() => {
    desk.close();
    temp.cleanup();
  });

  it('in process: the tag given, none for none or for a malformed one', async () => {
    await desk.call('story.create', STORY, ADMIN, 'board-ab12-1');
    await desk.call('story.create', STORY, ADMIN);
    await desk.call('story.create', STORY, ADMIN, 'not a tag!');
    await desk.call('story.create', STORY, ADMIN, 'x'.repeat(65));
    expect(heard).toEqual([
      ['story.changed', { id: 1, call: 'board-ab12-1' }],
      ['story.changed', { id: 2 }],
      ['story.changed', { id: 3 }],
      ['story.changed', { id: 4 }],
    ]);
  });

  it('over HTTP: the X-Newsdesk-Call header, back on the event stream', async () => {
    await desk.call('profile.setPassword', { id: 1, password: TEST_PASSWORD }, ADMIN);
    const host: RunningHost = await startHost({ desk, staticDir: temp.dir });
    try {
      const post = (name: string, args: unknown, headers: Record<string, string> = {}) =>
        fetch(`${host.origin}/api/${name}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', ...headers },
          body: JSON.stringify(args),
        });
      const login = await post('session.login', { name: 'admin', password: TEST_PASSWORD });
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const stream = await fetch(`${host.origin}/api/events`, { headers: { Cookie: cookie } });
      const reader = (stream.body as ReadableStream<Uint8Array>).getReader();
      const reply = await post('story.create', STORY, {
        Cookie: cookie,
        'X-Newsdesk-Call': 'board-ab12-7',
      });
      expect(reply.status).toBe(200);
      let text = '';
      while (!text.includes('story.changed')) {
        const { value, done } = await reader.read();
        if (done) break;
        text += new TextDecoder().decode(value);
      }
      await reader.cancel();
      const line = text.split('\n').find((l) => l.includes('story.changed')) ?? '';
      expect(JSON.parse(line.slice('data: '.length))).toEqual({
        event: 'story.changed',
        payload: { id: 1, call: 'board-ab12-7' },
      });
    } finally {
      await host.close();
    }
  });

  it('over IPC: the preload sends the tag as the third value, main hands it to the desk', async () => {
    const invoke = vi.fn(async (..._args: unknown[]) => ({ ok: true, result: null }));
    const bridge = createBridge({ invoke, on: () => undefined, removeListener: () => undefined });
    await bridge.invoke('story.create', STORY, 'board-ab12-9');
    await bridge.invoke('story.create', STORY);
    expect(invoke.mock.calls).toEqual([
      [INVOKE_CHANNEL, 'story.create', STORY, 'board-ab12-9'],
      [INVOKE_CHANNEL, 'story.create', STORY],
    ]);

    const frame = {};
    const sessions = new WindowSessions();
    sessions.get(7).actorId = 1;
    const handle = createInvokeHandler({
      desk,
      appUrl: 'app://newsdesk/index.html',
      sessions,
      ownMainFrame: (id) => (id === 7 ? frame : null),
      warn: () => undefined,
    });
    const facts = { webContentsId: 7, senderFrame: frame, url: 'app://newsdesk/index.html' };
    const reply = await handle(facts, 'story.create', STORY, 'board-ab12-9');
    expect(reply.ok).toBe(true);
    expect(heard).toEqual([['story.changed', { id: 1, call: 'board-ab12-9' }]]);
  });
});
