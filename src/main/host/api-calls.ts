import type { IncomingMessage, ServerResponse } from 'node:http';
import { ApiError, CALL_HEADER, HTTP_STATUS, type Reply } from '../../shared/contract';
import type { Session } from '../desk/session';
import type { Desk } from '../desk/types';
import { clearedCookie, cookieValue, SESSION_COOKIE, sessionCookie } from './cookies';
import type { LoginLimiter } from './login-limiter';
import { readBody } from './read-body';
import type { SessionBook, SessionLimits } from './session-book';

const BODY_LIMIT = 32 * 1024 * 1024;

export interface ApiDeps {
  desk: Desk;
  book: SessionBook;
  limiter: LoginLimiter;
  secure: boolean;
  limits(): SessionLimits;
}

/** The session secret a request's cookie carries, if any. */
export function secretOf(request: IncomingMessage): string | undefined {
  return cookieValue(request.headers.cookie, SESSION_COOKIE) || undefined;
}

/**
 * One `POST /api/<name>`: the session from the cookie says who acts. Without a live session
 * only `session.login` and `session.me` (which then answers null) are served; everything
 * else is 401. Sign-in is rate-limited per name and per address, and a successful one gets a
 * fresh cookie (a cookie planted before sign-in is worth nothing after it).
 */
export async function callApi(
  deps: ApiDeps,
  request: IncomingMessage,
  response: ServerResponse,
  name: string,
): Promise<void> {
  if (!/^application\/json\b/i.test(request.headers['content-type'] ?? '')) {
    return send(response, 415, refusal('bad-argument', 'send the argument as application/json'));
  }
  let args: unknown;
  try {
    const body = await readBody(request, BODY_LIMIT);
    args = body.length === 0 ? {} : JSON.parse(body.toString('utf8'));
  } catch (error) {
    const tooLarge = error instanceof Error && error.message === 'too-large';
    return send(
      response,
      tooLarge ? 413 : 400,
      refusal('bad-argument', tooLarge ? 'request body too large' : 'body is not valid JSON'),
    );
  }
  const address = request.socket.remoteAddress ?? 'unknown';
  const secret = secretOf(request);
  if (name === 'session.login') return login(deps, response, args, address, secret);
  const found = deps.book.use(secret, deps.limits());
  if (!found.ok) {
    if (name === 'session.me') return send(response, 200, { ok: true, result: null });
    const message = found.reason === 'expired' ? 'session expired; sign in again' : 'sign in first';
    if (found.reason === 'expired') response.setHeader('Set-Cookie', clearedCookie(deps.secure));
    return send(response, 401, refusal('unauthorized', message));
  }
  const reply = await deps.desk.call(name, args, found.session, request.headers[CALL_HEADER]);
  if (name === 'session.logout') {
    deps.book.end(secret);
    response.setHeader('Set-Cookie', clearedCookie(deps.secure));
  }
  send(response, reply.ok ? 200 : HTTP_STATUS[reply.error.code], reply);
}

async function login(
  deps: ApiDeps,
  response: ServerResponse,
  args: unknown,
  address: string,
  oldSecret: string | undefined,
): Promise<void> {
  const name =
    typeof (args as { name?: unknown })?.name === 'string'
      ? (args as { name: string }).name.trim()
      : '';
  const wait = deps.limiter.wait(name, address);
  if (wait > 0) {
    const minutes = Math.ceil(wait / 60_000);
    response.setHeader('Retry-After', String(Math.ceil(wait / 1000)));
    return send(
      response,
      429,
      refusal(
        'refused',
        `too many failed sign-ins; try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
      ),
    );
  }
  const session: Session = { actorId: null, from: `http ${address}` };
  const reply = await deps.desk.call('session.login', args, session);
  if (!reply.ok) {
    if (reply.error.code === 'unauthorized') deps.limiter.failed(name, address);
    return send(response, HTTP_STATUS[reply.error.code], reply);
  }
  deps.limiter.succeeded(name);
  deps.book.end(oldSecret);
  response.setHeader(
    'Set-Cookie',
    sessionCookie(deps.book.open(session, deps.limits()), deps.secure),
  );
  send(response, 200, reply);
}

export function send(response: ServerResponse, status: number, reply: Reply<unknown>): void {
  const body = JSON.stringify(reply);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(body);
}

export function refusal(code: ApiError['code'], message: string): Reply<never> {
  return { ok: false, error: new ApiError(code, message).toBody() };
}
