import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from '../../../shared/contract';
import { createHttpTransport } from './http-transport';

type Call = {
  url: string;
  init: { method: string; headers: Record<string, string>; body: string };
};

function stubFetch(status: number, body: unknown): Call[] {
  const calls: Call[] = [];
  vi.stubGlobal('fetch', async (url: string, init: Call['init']) => {
    calls.push({ url, init });
    return { status, json: async () => body };
  });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('HTTP transport', () => {
  it('posts the argument as JSON with the token, and the actor once picked', async () => {
    const calls = stubFetch(200, { ok: true, result: [] });
    const transport = createHttpTransport('TOKEN');
    await transport.invoke('profile.list', {});
    transport.setActor(7);
    await expect(transport.invoke('story.list', { deskDate: '2026-01-02' })).resolves.toEqual([]);
    expect(calls[0]?.url).toBe('/api/profile.list');
    expect(calls[0]?.init.method).toBe('POST');
    expect(calls[0]?.init.headers).toEqual({
      Authorization: 'Bearer TOKEN',
      'Content-Type': 'application/json',
    });
    expect(calls[1]?.init.headers['X-Newsdesk-As']).toBe('7');
    expect(JSON.parse(calls[1]?.init.body ?? '')).toEqual({ deskDate: '2026-01-02' });
  });

  it('throws the ApiError a refusal carries, field included', async () => {
    stubFetch(400, {
      ok: false,
      error: {
        code: 'bad-argument',
        message: 'fields.headline: required',
        field: 'fields.headline',
      },
    });
    const error = await createHttpTransport('T')
      .invoke('story.create', { fields: { headline: '' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'bad-argument', field: 'fields.headline' });
  });

  it('turns a reply that is not the envelope into an internal ApiError', async () => {
    stubFetch(502, { nonsense: true });
    await expect(createHttpTransport('T').invoke('app.info', {})).rejects.toMatchObject({
      code: 'internal',
    });
  });
});
