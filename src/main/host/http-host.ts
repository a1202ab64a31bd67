import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApiError, HTTP_STATUS, type Reply } from '../../shared/contract';
import { openDesk } from '../desk/open-desk';
import type { Session } from '../desk/session';
import type { Desk } from '../desk/types';
import { CONTENT_SECURITY_POLICY } from '../electron/csp';
import { readBody } from './read-body';
import { resolveStatic } from './static-files';
import { newToken, tokenMatches, tokenOf } from './token';

export interface HostOptions {
  /** An open desk, or a database path to open one (closed again by `close`). */
  desk?: Desk;
  dbPath?: string;
  /** The built renderer (out/renderer); nothing outside it is ever served. */
  staticDir: string;
  port?: number;
  host?: string;
  token?: string;
}

export interface RunningHost {
  /** Where to point a browser, token included in the fragment (never sent to the server). */
  url: string;
  origin: string;
  token: string;
  desk: Desk;
  close(): Promise<void>;
}

const BODY_LIMIT = 32 * 1024 * 1024;

/** Serves the renderer and the API (`POST /api/<name>`) over HTTP on one address. */
export async function startHost(options: HostOptions): Promise<RunningHost> {
  const ownsDesk = !options.desk;
  const desk = options.desk ?? openDesk({ dbPath: required(options.dbPath) });
  const token = options.token ?? newToken();
  const hostname = options.host ?? '127.0.0.1';
  const streams = new Set<ServerResponse>();
  const unsubscribe = desk.subscribe((event, payload) => {
    const line = `data: ${JSON.stringify({ event, payload })}\n\n`;
    for (const stream of streams) stream.write(line);
  });

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { ok: false, error: internal(error) });
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    setCommonHeaders(response);
    if (!hostHeaderAllowed(request.headers.host)) {
      // A page on another site that resolves its name to 127.0.0.1 (DNS rebinding) is refused.
      return send(response, 421, refusal('unauthorized', 'unexpected Host header'));
    }
    const url = new URL(request.url ?? '/', 'http://host.invalid');
    if (url.pathname.startsWith('/api/')) {
      if (!tokenMatches(token, tokenOf(request.headers.authorization, url))) {
        return send(response, 401, refusal('unauthorized', 'missing or wrong access token'));
      }
      if (url.pathname === '/api/events' && request.method === 'GET') {
        return openEventStream(response);
      }
      if (request.method !== 'POST') {
        response.setHeader('Allow', 'POST');
        return send(response, 405, refusal('bad-argument', 'use POST for /api/<name>'));
      }
      return callApi(request, response, url.pathname.slice('/api/'.length));
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
    response.writeHead(200, { 'Content-Type': file.type, 'Content-Length': file.body.length });
    response.end(request.method === 'HEAD' ? undefined : file.body);
  }

  async function callApi(request: IncomingMessage, response: ServerResponse, name: string) {
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
    const session: Session = { actorId: actorOf(request.headers['x-newsdesk-as']) };
    const reply = await desk.call(decodeURIComponent(name), args, session);
    send(response, reply.ok ? 200 : HTTP_STATUS[reply.error.code], reply);
  }

  function openEventStream(response: ServerResponse): void {
    response.writeHead(200, {
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive',
    });
    response.write(': connected\n\n');
    streams.add(response);
    response.on('close', () => streams.delete(response));
  }

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, hostname, () => resolveListen());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${hostname.includes(':') ? `[${hostname}]` : hostname}:${port}`;
  const loopbackNames = [`127.0.0.1:${port}`, `localhost:${port}`, `[::1]:${port}`];
  const hostHeaderAllowed = (header: string | undefined): boolean =>
    !isLoopback(hostname) || (header !== undefined && loopbackNames.includes(header.toLowerCase()));

  return {
    url: `${origin}/#token=${token}`,
    origin,
    token,
    desk,
    close: async () => {
      unsubscribe();
      for (const stream of streams) stream.end();
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      if (ownsDesk) desk.close();
    },
  };
}

function isLoopback(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '::1' || hostname.startsWith('127.');
}

function setCommonHeaders(response: ServerResponse): void {
  response.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  response.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  response.setHeader('Cache-Control', 'no-store');
}

function actorOf(header: string | string[] | undefined): number | null {
  const value = Array.isArray(header) ? header[0] : header;
  return value && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

function send(response: ServerResponse, status: number, reply: Reply<unknown>): void {
  const body = JSON.stringify(reply);
  response.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
  response.end(body);
}

function refusal(code: ApiError['code'], message: string): Reply<never> {
  return { ok: false, error: new ApiError(code, message).toBody() };
}

function internal(error: unknown) {
  return { code: 'internal' as const, message: error instanceof Error ? error.message : 'error' };
}

function required(dbPath: string | undefined): string {
  if (!dbPath) throw new Error('startHost needs a desk or a dbPath');
  return dbPath;
}
