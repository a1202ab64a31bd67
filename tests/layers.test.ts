// The layer rules fail where they should. `npm run lint` runs them on the project
// (.dependency-cruiser.cjs for the imports, the Biome plugins in scripts/lint/ for SQL and IPC
// channel names); here the same rules run on a small tree of deliberately bad files, so a rule
// that stopped matching (a changed option, a renamed folder) fails a test instead of passing
// everything quietly.

import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from './support/temp-db';

const ROOT = resolve(__dirname, '..');
const DEPCRUISE = join(ROOT, 'node_modules', 'dependency-cruiser', 'bin', 'dependency-cruise.mjs');
const BIOME = join(ROOT, 'node_modules', '@biomejs', 'biome', 'bin', 'biome');

/** Files of a project laid out like this one: every import either allowed or one mistake. */
const TREE: Record<string, string> = {
  // Allowed: each layer's own imports.
  'src/shared/ok.ts': "import { z } from 'zod';\nexport const ok = z.string();\n",
  'src/shared/ok.test.ts':
    "import { it } from 'vitest';\nimport { ok } from './ok';\nit('', () => ok);\n",
  'src/main/store/store.ts':
    "import Database from 'better-sqlite3';\nexport const open = (p: string) => new Database(p);\n",
  'src/main/store/migrations/001-one.ts': 'export const one = `CREATE TABLE a (b)`;\n',
  'src/main/store/migrations/index.ts':
    "import { one } from './001-one';\nimport { two } from './002-two';\nexport const ALL = [one, two];\n",
  'src/main/electron/app.ts':
    "import { app } from 'electron';\nimport { CHANNEL } from '../../shared/contract/channels';\nexport const start = () => app.on('ready', () => CHANNEL);\n",
  'src/shared/contract/channels.ts': "export const CHANNEL = 'x:invoke';\n",
  'src/preload/bridge.ts':
    "import { CHANNEL } from '../shared/contract/channels';\nexport const bridge = CHANNEL;\n",
  'src/main/fonts/metrics.ts': 'export interface Metrics { unitsPerEm: number }\n',
  'src/renderer/src/page.ts': 'export const page = 1;\n',
  'tests/store.test.ts':
    "import Database from 'better-sqlite3';\nimport { ALL } from '../src/main/store/migrations';\nexport const peek = (p: string) => [new Database(p), ALL];\n",

  // One mistake each: every kind of import, in sources and tests.
  'src/shared/side-effect.ts': "import '../main/store/store';\n",
  'src/shared/dynamic.ts': "export const load = () => import('../renderer/src/page');\n",
  'src/shared/node.ts':
    "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n",
  'src/shared/typed.test.ts':
    "import type { Metrics } from '../main/fonts/metrics';\nexport const em = (m: Metrics) => m.unitsPerEm;\n",
  'src/renderer/src/require.ts': "export const store = require('../../main/store/store');\n",
  'src/main/host/shell.ts': "export { start } from '../electron/app';\n",
  'src/main/cli/window.ts': "import 'electron';\n",
  'src/main/layout/sqlite.ts': "export { default } from 'better-sqlite3';\n",
  'src/main/electron/bridge.ts': "export { bridge } from '../../preload/bridge';\n",
  'src/main/store/migrations/002-two.ts':
    "import { one } from './001-one';\nexport const two = one;\n",
  'tests/migration.test.ts': "import '../src/main/store/migrations/001-one';\n",
  'src/main/typo.ts': "import './no-such-file';\n",
};

const EXPECTED_IMPORTS = [
  'only-the-index-imports-migrations src/main/store/migrations/002-two.ts -> src/main/store/migrations/001-one.ts',
  'only-the-index-imports-migrations tests/migration.test.ts -> src/main/store/migrations/001-one.ts',
  'migrations-import-nothing src/main/store/migrations/002-two.ts -> src/main/store/migrations/001-one.ts',
  'only-the-shell-imports-electron src/main/cli/window.ts -> node_modules/electron/index.js',
  'only-the-store-opens-sqlite src/main/layout/sqlite.ts -> node_modules/better-sqlite3/lib/index.js',
  'preload-is-a-leaf src/main/electron/bridge.ts -> src/preload/bridge.ts',
  'renderer-is-a-page src/renderer/src/require.ts -> src/main/store/store.ts',
  'resolvable src/main/typo.ts -> ./no-such-file',
  'shared-is-pure src/shared/dynamic.ts -> src/renderer/src/page.ts',
  'shared-is-pure src/shared/node.ts -> fs',
  'shared-is-pure src/shared/side-effect.ts -> src/main/store/store.ts',
  'shared-is-pure src/shared/typed.test.ts -> src/main/fonts/metrics.ts',
  'transports-apart src/main/host/shell.ts -> src/main/electron/app.ts',
].sort();

/** What Biome's plugins check: the code itself. */
const CODE: Record<string, string> = {
  'src/main/layout/sql.ts':
    "export const versions = (store: { db: { prepare(sql: string): unknown } }) =>\n  store.db.prepare('SELECT id, version FROM stories');\n",
  'src/main/layout/literal.ts':
    'export const read = (h: { prepare(sql: string): unknown }) => h.prepare(`SELECT 1`);\n',
  'src/main/store/repos/fine.ts':
    "export const versions = (db: { prepare(sql: string): unknown }) =>\n  db.prepare('SELECT id, version FROM stories');\n",
  'src/main/layout/fine.test.ts':
    "export const peek = (db: { prepare(sql: string): unknown }) => db.prepare('SELECT 1');\n",
  'src/main/electron/ipc.ts':
    "import { ipcMain } from 'electron';\nimport { CHANNEL } from '../../shared/contract/channels';\nipcMain.handle('x:other', () => 1);\nipcMain.handle(CHANNEL, () => 2);\n",
  'src/main/electron/menu.ts':
    "export const tell = (w: { webContents: { send(c: string): void } }) => w.webContents.send('x:menu');\n",
  'src/shared/contract/channels.ts': "export const CHANNEL = 'x:invoke';\n",
};

const EXPECTED_CODE = [
  'src/main/electron/ipc.ts:3 An IPC channel is named by a constant of src/shared/contract/channels.ts',
  'src/main/electron/menu.ts:1 An IPC channel is named by a constant of src/shared/contract/channels.ts',
  'src/main/layout/literal.ts:1 SQL runs only in src/main/store: give the repository there a method for it',
  'src/main/layout/sql.ts:2 SQL runs only in src/main/store: give the repository there a method for it',
].sort();

function lay(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

describe('layer rules (npm run lint)', () => {
  let temp: ReturnType<typeof tempDir>;
  beforeAll(() => {
    temp = tempDir();
  });
  afterAll(() => temp.cleanup());

  it('dependency-cruiser refuses each bad import and nothing else', () => {
    const dir = join(temp.dir, 'imports');
    lay(dir, TREE);
    symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
    const run = spawnSync(
      process.execPath,
      [DEPCRUISE, 'src', 'tests', '--config', join(ROOT, '.dependency-cruiser.cjs')].concat([
        '--output-type',
        'json',
      ]),
      { cwd: dir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
    );
    const result = JSON.parse(run.stdout) as {
      summary: {
        error: number;
        violations: { rule: { name: string }; from: string; to: string }[];
      };
    };
    const found = result.summary.violations.map((v) => `${v.rule.name} ${v.from} -> ${v.to}`);
    expect(found.sort()).toEqual(EXPECTED_IMPORTS);
    // What `npm run lint`'s err reporter exits with.
    expect(result.summary.error).toBe(EXPECTED_IMPORTS.length);
  });

  it('Biome refuses SQL outside the store and IPC channels named by a string', () => {
    const dir = join(temp.dir, 'code');
    lay(dir, CODE);
    // The project's biome.json, its plugins found from here.
    const config = JSON.parse(readFileSync(join(ROOT, 'biome.json'), 'utf8')) as {
      vcs?: unknown;
      overrides: { plugins?: string[] }[];
    };
    config.vcs = { enabled: false };
    for (const override of config.overrides) {
      override.plugins = override.plugins?.map((plugin) => join(ROOT, plugin));
    }
    writeFileSync(join(dir, 'biome.json'), JSON.stringify(config));
    const run = spawnSync(process.execPath, [BIOME, 'lint', '--reporter=github', '.'], {
      cwd: dir,
      encoding: 'utf8',
    });
    const found = [
      ...run.stdout.matchAll(/^::error title=plugin,file=([^,]+),line=(\d+),.*?::(.*)$/gm),
    ].map(
      ([, file, line, message]) => `${(file as string).slice(dir.length + 1)}:${line} ${message}`,
    );
    expect(found.sort()).toEqual(EXPECTED_CODE);
    expect(run.status).toBe(1);
  });
});
