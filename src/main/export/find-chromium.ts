// Where the system Chromium lives, for PDF export from the CLI and for tests. The product
// never downloads a browser: CHROME_PATH first, then the places installers put one.

import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Flags that keep a headless Chromium quiet on a machine with no network but loopback. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const NO_CHROMIUM_MESSAGE =
  'no Chromium found for PDF export: install Chromium or set CHROME_PATH';

export class ChromiumNotFoundError extends Error {
  constructor() {
    super(NO_CHROMIUM_MESSAGE);
    this.name = 'ChromiumNotFoundError';
  }
}

/** What discovery looks at; tests replace any part of it. */
export interface ChromiumLookup {
  env?: Record<string, string | undefined>;
  platform?: NodeJS.Platform;
  exists?: (path: string) => boolean;
  /** Replaces the usual install paths (an empty list: CHROME_PATH or nothing). */
  fallbacks?: readonly string[];
}

/** The usual install paths on each platform, most common first. */
export function usualChromiumPaths(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
): string[] {
  if (platform === 'darwin') {
    return [
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ];
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter(
      (root): root is string => Boolean(root),
    );
    return roots.flatMap((root) => [
      join(root, 'Google', 'Chrome', 'Application', 'chrome.exe'),
      join(root, 'Chromium', 'Application', 'chrome.exe'),
    ]);
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
  ];
}

/** The Chromium executable to drive, or ChromiumNotFoundError. A CHROME_PATH that does not
 * exist falls through to the usual paths (a stale variable should not block export). */
export function findChromium(lookup: ChromiumLookup = {}): string {
  const env = lookup.env ?? process.env;
  const exists = lookup.exists ?? existsSync;
  const fallbacks =
    lookup.fallbacks ?? usualChromiumPaths(lookup.platform ?? process.platform, env);
  const candidates = [env.CHROME_PATH, ...fallbacks];
  const found = candidates.find((path): path is string => Boolean(path && exists(path)));
  if (!found) throw new ChromiumNotFoundError();
  return found;
}
