import {
  createServer as createHttpServer,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { openDesk } from '../desk/open-desk';
import type { Desk } from '../desk/types';
import { CONTENT_SECURITY_POLICY } from '../web/csp';
import { resolveStatic } from '../web/static-files';
import { callApi, refusal, secretOf, send } from './api-calls';
import { type LimiterRules, LoginLimiter } from './login-limiter';
import { SessionBook, type SessionLimits } from './session-book';

export interface HostOptions {
  /** An open desk, or a database path to open one (closed again by `close`). */
  desk?: Desk;
  dbPath?: string;
  /** The built renderer (out/renderer); nothing outside it is ever served. */
  staticDir: string;
  port?: number;
  host?: string;
  /** PEM certificate and key: served over HTTPS, cookies marked Secure. */
  tls?: { cert: string | Buffer; key: string | Buffer };
  /** The clock sessions and sign-in limits run on (tests move it). */
  clock?: () => number;
  /** Sign-in limits; the defaults are 5 failures per name, 20 per address, in 15 minutes. */
  loginLimits?: LimiterRules;
}

export interface RunningHost {
  /** Where to point a browser: the sign-in page. */
  url: string;
  origin: string;
  desk: Desk;
  close(): Promise<void>;
}

/**
 * Serves the renderer and the API (`POST /api/<name>`) on one address. People sign in with
 * `session.login`; the session cookie says who acts (api-calls.ts). Events stream to signed-in
 * sessions as Server-Sent Events on `GET /api/events`.
 */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const ownsDesk = !options.desk;
  const desk = options.desk ?? openDesk({ dbPath: required(options.dbPath) });
  const hostname = options.host ?? '127.0.0.1';
  const clock = options.clock ?? Date.now;
  const secure = options.tls !== undefined;
  const book = new SessionBook(clock);
  const limiter = new LoginLimiter(clock, options.loginLimits);
  const limits = (): SessionLimits => {
    const settings = desk.settings();
    return {
      idleMs: settings['session.idleMinutes'] * 60_000,
      maxMs: settings['session.maxHours'] * 3_600_000,
    };
  };
  const streams = new Map<ServerResponse, string>();
  const unsubscribe = desk.subscribe((event, payload) => {
    const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
    const now = limits();
    for (const [stream, secret] of streams) {
      if (book.alive(secret, now)) stream.write(line);
      else stream.end();
    }
  });

  const listener = (request: IncomingMessage, response: ServerResponse) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, refusal('internal', internal(error)));
    });
  };
  const server = options.tls
    ? createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, listener)
    : createHttpServer(listener);

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setCommonHeaders(response, secure);
    if (!hostHeaderAllowed(request.headers.host)) {
      // A page on another site that resolves its name to 127.0.0.1 (DNS rebinding) is refused.
      return send(response, 421, refusal('unauthorized', 'unexpected Host header'));
    }
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    if (url.pathname.startsWith('/api/')) {
      if (!sameOrigin(request)) {
        return send(response, 403, refusal('forbidden', 'a request from another site is refused'));
      }
      if (url.pathname === '/api/events' && request.method === 'GET') {
        return openEventStream(request, response);
      }
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        return send(response, 405, refusal('bad-argument', 'use POST for /api/<name>'));
      }
      const name = decodeURIComponent(url.pathname.slice('/api/'.length));
      return callApi({ desk, book, limiter, secure, limits }, request, response, name);
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return send(response, 405, refusal('bad-argument', 'method not allowed'));
    }
    const file = resolveStatic(options.staticDir, url.pathname);
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end('not found');
      return;
    }
    // The build names every file under assets/ by its content's hash: a browser may keep it
    // for good (fonts, scripts, styles), so a second visit fetches only index.html.
    if (url.pathname.startsWith('/assets/'))
      response.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  /** A browser names the page that sent a request in Origin; it must be this host's own. */
  function sameOrigin(request: IncomingMessage): boolean {
    const origin = request.headers.origin;
    if (origin === undefined) return true;
    return (
      origin.toLowerCase() ===
      `${secure ? 'https' : 'http'}://${request.headers.host}`.toLowerCase()
    );
  }

  function openEventStream(request: IncomingMessage, response: ServerResponse): void {
    const secret = secretOf(request);
    if (!secret || !book.use(secret, limits()).ok) {
      send(response, 401, refusal('unauthorized', 'sign in first'));
      return;
    }
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.set(response, secret);
    response.on('close', () => streams.delete(response));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const scheme = secure ? 'https' : 'http';
  const origin = `${scheme}://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
  const loopbackNames = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  const hostHeaderAllowed = (header: string | undefined): boolean =>
    !isLoopback(hostname) || (header !== undefined && loopbackNames.includes(header.toLowerCase()));

  return {
    url: `${origin}/`,
    origin,
    desk,
    close: async () => {
      unsubscribe();
      for (const stream of streams.keys()) stream.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      if (ownsDesk) desk.close();
    },
  };
}

export function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || hostname.startsWith('127.');
}

function setCommonHeaders(response: ServerResponse, secure: boolean): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cache-Control', 'no-store');
  if (secure) response.setHeader('Strict-Transport-Security', 'max-age=31536000');
}

function internal(error: unknown): string {
  return error instanceof Error ? error.message : 'error';
}

function required(dbPath: string | undefined): string {
  if (!dbPath) throw new Error('startHost needs a desk or a dbPath');
  return dbPath;
}
