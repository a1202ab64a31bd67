import type { Desk } from '../../src/main/desk/types';
import { startHost } from '../../src/main/host/http-host';
import type { Reply } from '../../src/shared/contract';
import { TEST_PASSWORD } from '../support/test-password';

/** A transport as the contract suite sees it: call a name as a profile, get the envelope. */
export interface TestTransport {
  call(name: string, args: unknown, actorId: number | null): Promise<Reply<unknown>>;
  close(): Promise<void>;
}

export function inProcess(desk: Desk): TestTransport {
  return {
    call: (name, args, actorId) => desk.call(name, args, { actorId }),
    close: async () => {},
  };
}

/**
 * The HTTP host, driven with fetch exactly as the browser renderer drives it: each profile
 * signs in once (`session.login` with its password, TEST_PASSWORD; a profile made without
 * it is given it first, as an admin would) and its calls carry that session's cookie;
 * `actorId` null sends no cookie at all.
 */
export async function overHttp(desk: Desk, staticDir: string): Promise<TestTransport> {
  const host = await startHost({ desk, staticDir });
  const cookies = new Map<number, string>();
  const post = (name: string, args: unknown, cookie?: string) =>
    fetch(`${host.origin}/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(args),
    });

  /** Profiles made with a one-time password (no `password` given). */
  const oneTime = new Set<number>();
  /** A profile the test made without TEST_PASSWORD gets it, as an admin would reset it. */
  async function givePassword(id: number): Promise<void> {
    const admin = desk.people.firstAdmin();
    const set = { id, password: TEST_PASSWORD };
    await desk.call('profile.setPassword', set, { actorId: admin?.id ?? null });
    oneTime.delete(id);
  }

  async function signIn(actorId: number): Promise<string> {
    const known = cookies.get(actorId);
    if (known) return known;
    const profile = desk.people.byId(actorId);
    if (!profile) return 'newsdesk_session=none';
    if (!desk.people.hasPassword(actorId) || oneTime.has(actorId)) await givePassword(actorId);
    let response = await post('session.login', { name: profile.name, password: TEST_PASSWORD });
    if (response.status === 401) {
      await givePassword(actorId);
      response = await post('session.login', { name: profile.name, password: TEST_PASSWORD });
    }
    const cookie = response.headers.get('set-cookie')?.split(';')[0];
    if (!response.ok || !cookie)
      throw new Error(`${profile.name} cannot sign in: HTTP ${response.status}`);
    cookies.set(actorId, cookie);
    return cookie;
  }

  // Sign-ins are audited: the admin signs in now, and each new profile as it is made, so
  // none happens in the middle of a test that counts audit rows.
  const admin = desk.people.firstAdmin();
  if (admin) await signIn(admin.id);
  return {
    async call(name, args, actorId) {
      const cookie = actorId === null ? undefined : await signIn(actorId);
      const response = await post(name, args, cookie);
      const reply = (await response.json()) as Reply<unknown>;
      if (name === 'profile.create' && reply.ok) {
        const made = reply.result as { id: number; oneTimePassword?: string };
        if (made.oneTimePassword) oneTime.add(made.id);
        await signIn(made.id);
      }
      return reply;
    },
    close: () => host.close(),
  };
}
