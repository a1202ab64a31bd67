import { isAppUrl } from './app-url';

/**
 * A window may only reload itself: same URL as now, and that URL is our page. Links to the
 * web, drag-and-dropped files and script-driven redirects are all refused.
 */
export function isNavigationAllowed(
  currentUrl: string,
  targetUrl: string,
  appUrl: string,
): boolean {
  return targetUrl === currentUrl && isAppUrl(targetUrl, appUrl);
}
