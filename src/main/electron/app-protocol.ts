// The app's own scheme: the window loads app://newsdesk/index.html, served from out/renderer
// by a protocol handler, instead of file://. A file:// page may read any local file and
// gets no response headers; app:// is a standard, secure origin of its own that reaches only
// the renderer folder (dot segments, encoded traversal, NUL and backslashes refused) and
// carries the app's CSP as a real header.

import { protocol } from 'electron';
import { resolveStatic } from '../web/static-files';
import { APP_HOST, APP_SCHEME } from './app-url';

/** Must run before the app is ready: the scheme's privileges are fixed at start. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

/** Serves `rendererDir` on app:// (after ready). */
export function serveAppProtocol(rendererDir: string, policy: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(request.url, rendererDir, policy));
}

/** The response to one app:// request: the file with the CSP, or 404 (also for traversal). */
export function appResponse(url: string, rendererDir: string, policy: string): Response {
  const refused = () =>
    new Response('not found', { status: 404, headers: { 'Content-Type': 'text/plain' } });
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return refused();
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return refused();
  // The raw path, before URL normalizes dot segments away: a request that tries is refused.
  const rawPath = url.slice(`${APP_SCHEME}://${APP_HOST}`.length).split(/[?#]/)[0] || '/';
  const file = resolveStatic(rendererDir, rawPath);
  if (!file) return refused();
  return new Response(new Uint8Array(file.body), {
    status: 200,
    headers: {
      'Content-Type': file.type,
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
