#!/usr/bin/env node
// `npm start`: the desktop app. Ensures the Electron binary, the Electron build of
// better-sqlite3, then builds and launches. `npm run dev` (--dev) runs electron-vite dev.
// Where Electron cannot be had, it says so in one line: the command line still works.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronVersion, ensureElectronNative } from './electron-native.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(ROOT, 'package.json'));
const dev = process.argv.includes('--dev');

function fail(message) {
  console.error(`newsdesk: ${message}`);
  process.exit(1);
}

/**
 * The Electron binary's path. `require('electron')` downloads it on first use (Electron 45);
 * that runs in a child so a failed download's stack trace stays out of the user's way.
 */
function electronBinary() {
  const child = spawnSync(
    process.execPath,
    ['-e', "process.stdout.write('\\n' + require('electron'))"],
    { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 15 * 60_000 },
  );
  const path = child.status === 0 ? child.stdout.trim().split('\n').pop() : undefined;
  return path && existsSync(path) ? path : undefined;
}

function run(command, args, env = process.env) {
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  if (result.error) fail(`${command} could not be started: ${result.error.message}`);
  return result.status ?? 1;
}

const electron = electronBinary();
if (!electron) {
  fail(
    'the Electron binary is missing and could not be downloaded (no network?). ' +
      'The command line works without it: ./bin/newsdesk serve',
  );
}

try {
  ensureElectronNative(electronVersion());
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const electronVite = join(
  dirname(require.resolve('electron-vite/package.json')),
  'bin',
  'electron-vite.js',
);
// Electron must start as Electron, even when the shell exported this for some other tool.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
if (dev) process.exit(run(process.execPath, [electronVite, 'dev'], env));
const built = run(process.execPath, [electronVite, 'build']);
if (built !== 0) fail('the build failed (see above)');
process.exit(run(electron, ['.'], env));
