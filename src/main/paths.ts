import { homedir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository (or installed package) root: src/main/paths.ts is two levels below it. */
export const APP_ROOT = resolve(__dirname, '..', '..');

/** The built renderer that the HTTP host serves. */
export const RENDERER_DIR = join(APP_ROOT, 'out', 'renderer');

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives for an app
 * named "newsdesk", so the CLI and the desktop app open the same database by default.
 */
export function userDataDir(
  platform: NodeJS.Platform = process.platform,
  env = process.env,
): string {
  if (platform === 'win32')
    return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), 'newsdesk');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'newsdesk');
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'newsdesk');
}

export function defaultDbPath(): string {
  return join(userDataDir(), 'newsdesk.sqlite');
}
