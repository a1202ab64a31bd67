import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// The packaged app's Electron fuses, as electron-builder flips them in the binary it ships
// (package.json "build"). Without them `ELECTRON_RUN_AS_NODE=1 Newsdesk` is a Node interpreter,
// NODE_OPTIONS and --inspect reach into the main process, and a changed app.asar still runs.
describe('the packaged Electron binary', () => {
  it('has every fuse set', () => {
    const pkg = JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8'));
    expect(pkg.build.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // The app itself is packed in app.asar, which the integrity fuse checks.
    expect(pkg.build.asar).not.toBe(false);
  });
});
