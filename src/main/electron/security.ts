import { app, type Session, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../web/csp';
import { isNavigationAllowed } from './navigation-policy';

export interface SecurityOptions {
  appUrl: string;
  isDev: boolean;
  /** The one page windows may show now, when not appUrl (a colleague's host, while connected). */
  pageUrl?: () => string;
}

/**
 * Locks down a session: no permission is ever granted (camera, notifications, geolocation,
 * clipboard-read …: a newsroom editor needs none), and every response carries our CSP.
 * The app:// handler sets the same header itself (app-protocol.ts), and the build writes
 * the policy into index.html as a <meta> too (electron.vite.config.ts).
 */
export function lockDownSession(session: Session, options: SecurityOptions): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  const policy = options.isDev ? DEV_CONTENT_SECURITY_POLICY : CONTENT_SECURITY_POLICY;
  session.webRequest.onHeadersReceived((details, callback) => {
    const headers: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(details.responseHeaders ?? {})) {
      if (name.toLowerCase() !== 'content-security-policy') headers[name] = value;
    }
    headers['Content-Security-Policy'] = [policy];
    callback({ responseHeaders: headers });
  });
}

/**
 * Guards every webContents the app ever creates (windows, and anything that slips in):
 * no navigation away, no new windows, no <webview>. Subframes need no handler here: the
 * CSP (default-src 'self') already keeps them on our own content.
 */
export function guardAllWebContents(options: SecurityOptions): void {
  const pageUrl = options.pageUrl ?? (() => options.appUrl);
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents, pageUrl));
}

export function guardWebContents(contents: WebContents, appUrl: string | (() => string)): void {
  const allowed = typeof appUrl === 'string' ? () => appUrl : appUrl;
  const refuse = (event: { preventDefault(): void; url: string }, what: string): void => {
    if (isNavigationAllowed(contents.getURL(), event.url, allowed())) return;
    event.preventDefault();
    console.warn(`newsdesk: ${what} refused: ${event.url.slice(0, 120)}`);
  };
  contents.on('will-navigate', (event) => refuse(event, 'navigation'));
  contents.on('will-redirect', (event) => refuse(event, 'redirect'));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`newsdesk: window.open refused: ${url.slice(0, 120)}`);
    return { action: 'deny' };
  });
}
