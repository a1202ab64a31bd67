import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import type { Reply } from '../../src/shared/contract';
import { TEST_PASSWORD, TEST_PASSWORD_COST } from './test-password';

/** Where a running HTTP host answers, and the database it serves. */
export interface HostAddress {
  origin: string;
  dbPath: string;
}

/** One in-process desk per database file: the file's owner, who may reset any password. */
const owners = new Map<string, Desk>();
/** Session cookies by host and profile: each host keeps its own sessions in memory. */
const cookies = new Map<string, string>();

/** Gives the profile TEST_PASSWORD (as an admin would) and returns its name. */
async function preparePassword(dbPath: string, actorId: number): Promise<string> {
  let desk = owners.get(dbPath);
  if (!desk) {
    desk = openDesk({ dbPath, passwordCost: TEST_PASSWORD_COST });
    owners.set(dbPath, desk);
  }
  const admin = desk.people.firstAdmin();
  const profile = desk.people.byId(actorId);
  if (!admin || !profile) throw new Error(`no profile ${actorId} in ${dbPath}`);
  const set = await desk.call(
    'profile.setPassword',
    { id: actorId, password: TEST_PASSWORD },
    { actorId: admin.id },
  );
  if (!set.ok) throw new Error(`cannot set ${profile.name}'s password: ${set.error.message}`);
  return profile.name;
}

/**
 * The only place that knows how a client proves who it is to the HTTP host: it signs the
 * profile in (`session.login`) once per host and sends the session cookie after that.
 */
async function cookieFor(host: HostAddress, actorId: number | null): Promise<string | undefined> {
  if (actorId === null) return undefined;
  const key = `${host.origin} ${actorId}`;
  const known = cookies.get(key);
  if (known) return known;
  const name = await preparePassword(host.dbPath, actorId);
  const response = await fetch(`${host.origin}/api/session.login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, password: TEST_PASSWORD }),
  });
  const cookie = response.headers.get('set-cookie')?.split(';')[0];
  if (!response.ok || !cookie) throw new Error(`${name} cannot sign in: HTTP ${response.status}`);
  cookies.set(key, cookie);
  return cookie;
}

/** POST /api/<name> as the browser renderer does; the envelope, or a transport failure. */
export async function callHost(
  host: HostAddress,
  name: string,
  args: unknown,
  actorId: number | null,
): Promise<Reply<unknown> & { status: number }> {
  const post = async () => {
    const cookie = await cookieFor(host, actorId);
    return fetch(`${host.origin}/api/${encodeURIComponent(name)}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', ...(cookie ? { Cookie: cookie } : {}) },
      body: JSON.stringify(args),
    });
  };
  let response = await post();
  // A host that restarted (the soak's kill -9) forgot its sessions: sign in again, once.
  if (response.status === 401 && actorId !== null) {
    cookies.delete(`${host.origin} ${actorId}`);
    response = await post();
  }
  return { ...((await response.json()) as Reply<unknown>), status: response.status };
}

/** Closes the in-process desks opened to set passwords (call in afterAll). */
export function closeHostClients(): void {
  for (const desk of owners.values()) desk.close();
  owners.clear();
  cookies.clear();
}
