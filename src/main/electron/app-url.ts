/** The app's own scheme and host (app-protocol.ts serves them); pure, so guards need no electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'newsdesk';
export const APP_INDEX_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The one page the app shows: the dev server in `npm run dev` (electron-vite passes it as
 * ELECTRON_RENDERER_URL), otherwise the built index.html on the app's own app:// scheme.
 */
export function resolveAppUrl(options: {
  isDev: boolean;
  devServerUrl: string | undefined;
}): string {
  if (options.isDev && options.devServerUrl) return new URL(options.devServerUrl).href;
  return APP_INDEX_URL;
}

/**
 * True when `url` is our own page: same scheme, host and path as the app URL. The hash and
 * query may differ (the renderer routes with them); anything else is another document.
 */
export function isAppUrl(url: string, appUrl: string): boolean {
  const a = parseUrl(url);
  const b = parseUrl(appUrl);
  if (!a || !b) return false;
  return a.protocol === b.protocol && a.host === b.host && a.pathname === b.pathname;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}
