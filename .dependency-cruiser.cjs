/**
 * The layers of docs/ARCHITECTURE.md as import rules, checked by `npm run lint`
 * (`depcruise src tests`). Every import counts: static, side-effect (`import './x'`), dynamic
 * (`import('./x')`), `require`, `export … from` and type-only imports, in sources and tests
 * alike. tests/layers.test.ts proves each rule fails on a bad import.
 *
 * The SQL and IPC-channel rules need the code, not the imports: they are the Biome plugins in
 * scripts/lint/ (biome.json's overrides).
 */

/** The packages src/shared may use: pure JavaScript, no platform (no DOM, Node, Electron). */
const SHARED_PACKAGES = ['zod', 'slate', 'slate-history', 'hyphen', 'lunar-typescript'];
/** …and in its tests. */
const SHARED_TEST_PACKAGES = ['vitest', 'fast-check'];

const packages = (names) => `^node_modules/(${names.join('|')})/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'shared-is-pure',
      comment:
        'src/shared imports only src/shared and a few pure packages: no node:, electron, ' +
        'better-sqlite3, react, fontkit or playwright, nothing from main, preload, renderer or tests',
      severity: 'error',
      from: { path: '^src/shared/' },
      to: {
        pathNot: ['^src/shared/', packages([...SHARED_PACKAGES, ...SHARED_TEST_PACKAGES])],
      },
    },
    {
      name: 'shared-tests-stay-tests',
      comment: 'vitest and fast-check only in the tests and test-support of src/shared',
      severity: 'error',
      from: { path: '^src/shared/', pathNot: ['\\.test\\.ts$', '(^|/)test-support(\\.ts$|/)'] },
      to: { path: packages(SHARED_TEST_PACKAGES) },
    },
    {
      name: 'renderer-is-a-page',
      comment: 'src/renderer never imports src/main, src/preload, Node, Electron or SQLite',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { path: ['^src/main/', '^src/preload/', packages(['electron', 'better-sqlite3'])] },
    },
    {
      name: 'renderer-no-node',
      comment: 'src/renderer runs in a page: no node: modules',
      severity: 'error',
      from: { path: '^src/renderer/' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'only-the-shell-imports-electron',
      comment: "only src/main/electron and src/preload (and the shell's tests) import 'electron'",
      severity: 'error',
      from: { pathNot: ['^src/main/electron/', '^src/preload/', '^tests/electron/'] },
      to: { path: packages(['electron']) },
    },
    {
      name: 'transports-apart',
      comment:
        'the HTTP host, the CLI and the Electron shell do not import each other: what two of ' +
        'them share lives below them (desk, web, serve, lan)',
      severity: 'error',
      from: { path: '^src/main/(host|cli|electron)/' },
      to: { path: '^src/main/(host|cli|electron)/', pathNot: '^src/main/$1/' },
    },
    {
      name: 'preload-is-a-leaf',
      comment:
        'nothing imports src/preload but itself (and its tests): what main shares with it, ' +
        'like the channel names, lives in src/shared/contract',
      severity: 'error',
      from: { pathNot: ['^src/preload/', '^tests/electron/'] },
      to: { path: '^src/preload/' },
    },
    {
      name: 'migrations-import-nothing',
      comment: 'a numbered migration is frozen SQL text: it imports nothing, not even a type',
      severity: 'error',
      from: { path: '^src/main/store/migrations/[0-9]{3}-[^/]+\\.ts$' },
      to: {},
    },
    {
      name: 'only-the-index-imports-migrations',
      comment: 'migrations/index.ts lists the migrations; everyone else reads MIGRATIONS',
      severity: 'error',
      from: { pathNot: '^src/main/store/migrations/index\\.ts$' },
      to: { path: '^src/main/store/migrations/[0-9]{3}-' },
    },
    {
      name: 'only-the-store-opens-sqlite',
      comment:
        'better-sqlite3 only in src/main/store (tests may open a file to look inside it); ' +
        'the SQL itself is the plugin scripts/lint/sql-in-store.grit',
      severity: 'error',
      from: { pathNot: ['^src/main/store/', '^tests/', '\\.test\\.ts$'] },
      to: { path: packages(['better-sqlite3']) },
    },
    {
      name: 'resolvable',
      comment: 'an import the cruiser cannot resolve would escape every rule above',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    // Type-only imports count too: a type from another layer is still a dependency on it.
    tsPreCompilationDeps: true,
    // node_modules may be a link (a worktree's): keep package paths as node_modules/<name>.
    preserveSymlinks: true,
    doNotFollow: { path: '(^|/)node_modules/' },
    exclude: { path: '^(out|dist)/' },
    moduleSystems: ['es6', 'cjs', 'tsd'],
    reporterOptions: { text: { highlightFocused: true } },
  },
};
