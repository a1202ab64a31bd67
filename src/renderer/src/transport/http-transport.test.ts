import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/contract';
import { createHttpTransport } from './http-transport';
import { SIGNED_OUT_EVENT } from './transport';

type Call = {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string; credentials: string };
};

function stubFetch(replies: Array<[number, unknown]>): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: Call['init']) => {
    calls.push({ url, init });
    const [status, body] = replies.shift() ?? [500, {}];
    return { status, json: async () => body };
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('HTTP transport', () => {
  it('posts the argument as JSON with the session cookie and no other credential', async () => {
    const calls = stubFetch([[200, { ok: true, result: [] }]]);
    const transport = createHttpTransport();
    await expect(transport.invoke('story.list', { deskDate: '2026-01-02' })).resolves.toEqual([]);
    expect(calls[0]?.url).toBe('/api/story.list');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(calls[0]?.init.headers).toEqual({ 'Content-Type': 'application/json' });
    expect(JSON.parse(calls[0]?.init.body ?? '')).toEqual({ deskDate: '2026-01-02' });
  });

  it('throws the ApiError a refusal carries, field included', async () => {
    stubFetch([
      [
        400,
        {
          ok: false,
          error: {
            code: 'bad-argument',
            message: 'fields.headline: required',
            field: 'fields.headline',
          },
        },
      ],
    ]);
    const error = await createHttpTransport()
      .invoke('story.create', { fields: { headline: '' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'bad-argument', field: 'fields.headline' });
  });

  it('says so on window when a signed-in session is found gone', async () => {
    const events: string[] = [];
    vi.stubGlobal('window', { dispatchEvent: (event: Event) => events.push(event.type) });
    vi.stubGlobal(
      'EventSource',
      class {
        close() {}
      },
    );
    stubFetch([
      [200, { ok: true, result: { profile: { id: 1 }, mustChangePassword: false } }],
      [
        401,
        { ok: false, error: { code: 'unauthorized', message: 'session expired; sign in again' } },
      ],
    ]);
    const transport = createHttpTransport();
    await transport.invoke('session.me', {});
    await expect(transport.invoke('story.list', {})).rejects.toMatchObject({
      code: 'unauthorized',
    });
    expect(events).toEqual([SIGNED_OUT_EVENT]);
  });

  it('turns a reply that is not the envelope into an internal ApiError', async () => {
    stubFetch([[502, { nonsense: true }]]);
    await expect(createHttpTransport().invoke('app.info', {})).rejects.toMatchObject({
      code: 'internal',
    });
  });
});
