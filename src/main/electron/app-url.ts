import { pathToFileURL } from 'node:url';

/**
 * The one page the app shows: the dev server in `npm run dev` (electron-vite passes it as
 * ELECTRON_RENDERER_URL), otherwise the built index.html next to the main bundle.
 */
export function resolveAppUrl(options: {
  isDev: boolean;
  devServerUrl: string | undefined;
  rendererIndexPath: string;
}): string {
  if (options.isDev && options.devServerUrl) return new URL(options.devServerUrl).href;
  return pathToFileURL(options.rendererIndexPath).href;
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
