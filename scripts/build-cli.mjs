#!/usr/bin/env node
// Bundles the command line (src/main/cli/main.ts and what it imports; packages stay in
// node_modules) into out/cli/newsdesk.cjs, part of `npm run build`. bin/newsdesk runs the
// bundle while it is newer than every source file and the sources through tsx otherwise:
// a bundled start skips transpiling ~250 files on every command.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

await build({
  // The story reader runs on its own thread, from its own file (import/isolate).
  entryPoints: {
    newsdesk: join(ROOT, 'src', 'main', 'cli', 'main.ts'),
    'read-worker': join(ROOT, 'src', 'main', 'import', 'isolate', 'read-worker.ts'),
  },
  outdir: join(ROOT, 'out', 'cli'),
  outExtension: { '.js': '.cjs' },
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  packages: 'external',
  // out/cli sits two folders below the root, as src/main does: __dirname-relative paths
  // (paths.ts) hold; import.meta.url (font lookup) becomes the bundle's own URL.
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  sourcemap: 'linked',
  logLevel: 'warning',
});
