#!/usr/bin/env node
// Builds better-sqlite3 for Electron's ABI into .electron-native/better-sqlite3, leaving
// node_modules/better-sqlite3 (the Node build the CLI and the tests load) untouched.
// Electron main loads the result with better-sqlite3's `nativeBinding` option
// (src/main/electron/native-binding.ts).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));

export const NATIVE_DIR = join(ROOT, '.electron-native', 'better-sqlite3');
export const NATIVE_BINDING = join(NATIVE_DIR, 'build', 'Release', 'better_sqlite3.node');
const STAMP = join(NATIVE_DIR, '.electron-version');

/** node-gyp from the project's node_modules, else the copy bundled with npm. */
function findNodeGyp() {
  try {
    return require.resolve('node-gyp/bin/node-gyp.js');
  } catch {
    const bundled = join(
      dirname(process.execPath),
      '..',
      'lib',
      'node_modules',
      'npm',
      'node_modules',
      'node-gyp',
      'bin',
      'node-gyp.js',
    );
    return existsSync(bundled) ? bundled : undefined;
  }
}

/** Builds unless a build for this Electron version is already there. Returns the .node path. */
export function ensureElectronNative(electronVersion, log = (line) => console.log(line)) {
  const built = existsSync(STAMP) ? readFileSync(STAMP, 'utf8').trim() : '';
  if (built === electronVersion && existsSync(NATIVE_BINDING)) return NATIVE_BINDING;

  const nodeGyp = findNodeGyp();
  if (!nodeGyp) throw new Error('node-gyp was not found (neither in node_modules nor in npm)');
  log(`newsdesk: building better-sqlite3 for Electron ${electronVersion} (once per version)…`);
  rmSync(NATIVE_DIR, { recursive: true, force: true });
  mkdirSync(dirname(NATIVE_DIR), { recursive: true });
  const source = dirname(require.resolve('better-sqlite3/package.json'));
  cpSync(source, NATIVE_DIR, {
    recursive: true,
    filter: (path) => !path.startsWith(join(source, 'build')),
  });
  const result = spawnSync(
    process.execPath,
    [
      nodeGyp,
      'rebuild',
      '--release',
      `--target=${electronVersion}`,
      `--arch=${process.arch}`,
      '--dist-url=https://electronjs.org/headers',
      '--runtime=electron',
    ],
    { cwd: NATIVE_DIR, stdio: 'inherit' },
  );
  if (result.status !== 0 || !existsSync(NATIVE_BINDING)) {
    throw new Error('node-gyp could not build better-sqlite3 for Electron (see the output above)');
  }
  writeFileSync(STAMP, `${electronVersion}\n`);
  return NATIVE_BINDING;
}

export function electronVersion() {
  return require('electron/package.json').version;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(ensureElectronNative(electronVersion()));
  } catch (error) {
    console.error(`newsdesk: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
