import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** Where scripts/electron-native.mjs builds better-sqlite3 for Electron's ABI. */
export const ELECTRON_NATIVE_BINDING = join(
  '.electron-native',
  'better-sqlite3',
  'build',
  'Release',
  'better_sqlite3.node',
);

/**
 * The better-sqlite3 binary built for Electron, when `npm start` has built it; undefined
 * otherwise (node_modules then holds the Node build, which Electron cannot load).
 * `appRoot` is the project folder: `app.getAppPath()` when run with `electron .`; by default
 * the folder two levels above the main bundle (out/main/index.js).
 */
export function electronNativeBinding(
  appRoot: string = join(__dirname, '..', '..'),
): string | undefined {
  const file = join(appRoot, ELECTRON_NATIVE_BINDING);
  return existsSync(file) ? file : undefined;
}
