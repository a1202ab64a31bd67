#!/usr/bin/env node
// Security lint for the Electron app: runs Electronegativity over src (it parses TypeScript)
// and fails on any HIGH or MEDIUM finding. A finding may be silenced only inline, with a
// written reason:   // eng-disable CHECK_ID -- why this is safe here
// A bare `eng-disable CHECK_ID` (no reason) fails the lint by itself.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, extname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = join(ROOT, 'src');
const require = createRequire(join(ROOT, 'package.json'));

// Checks that query the network (Electron release notes) have no place in an offline lint;
// `npm audit` and the pinned Electron version cover what they would say.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];
const SCANNED = new Set(['.ts', '.tsx', '.js', '.jsx', '.mjs', '.cjs', '.html', '.htm']);
const DISABLE = /eng-disable\b(.*)$/;
const REASONED = /^[ \t]+[A-Za-z0-9_, \t]+?[ \t]+--[ \t]+\S.{7,}/;

function* sourceFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (SCANNED.has(extname(entry.name))) yield path;
  }
}

/** Every `eng-disable` in src, split into those with a reason and the bare ones. */
function findDisables() {
  const reasoned = [];
  const bare = [];
  for (const file of sourceFiles(INPUT)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, index) => {
      const match = DISABLE.exec(line);
      if (!match) return;
      const where = `${relative(ROOT, file)}:${index + 1}`;
      (REASONED.test(match[1]) ? reasoned : bare).push(where);
    });
  }
  return { reasoned, bare };
}

/**
 * Electronegativity fetches translations from the web on every run. A lint must not touch
 * the network, so its HTTP client is replaced, before it loads, by one that fails at once
 * (it then falls back to its bundled English strings).
 */
function keepOffline() {
  const fromI18n = createRequire(
    require.resolve('@doyensec/electronegativity/dist/locales/i18n.js'),
  );
  const gotPath = fromI18n.resolve('got');
  const offline = () => Promise.reject(new Error('offline'));
  require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };
}

/** Runs Electronegativity quietly (it prints banners and translation notices). */
async function scan() {
  keepOffline();
  const run = require('@doyensec/electronegativity/dist/runner.js');
  const quiet = { log: console.log, info: console.info, warn: console.warn };
  console.log = console.info = console.warn = () => {};
  try {
    return await run({
      input: INPUT,
      customScan: [],
      excludeFromScan: EXCLUDED_CHECKS,
      isRelative: true,
      isVerbose: false,
      electronVersionOverride: require('electron/package.json').version,
      parserPlugins: [],
    });
  } finally {
    Object.assign(console, quiet);
  }
}

const { issues, errors } = await scan();
const { reasoned, bare } = findDisables();
const blocking = issues.filter((issue) => issue.severity.value >= 2);
const minor = issues.length - blocking.length;

for (const issue of blocking) {
  const file = issue.file === 'N/A' ? '(whole app)' : `src/${issue.file}`;
  console.error(
    `${issue.severity.name} ${issue.id} ${file}:${issue.location.line} ${issue.shortenedURL ?? ''}`,
  );
}
for (const where of bare) console.error(`eng-disable without a reason (add "-- why"): ${where}`);
for (const error of errors) {
  console.error(`could not parse ${relative(ROOT, error.file)}: ${error.message.split('\n')[0]}`);
}

const failed = blocking.length > 0 || bare.length > 0 || errors.some((e) => !e.tolerable);
const high = blocking.filter((issue) => issue.severity.value >= 3).length;
console.log(
  `electronegativity: ${high} high, ${blocking.length - high} medium, ${minor} low/info, ` +
    `${reasoned.length} disabled with a reason, ${bare.length} bare disable(s), ` +
    `${errors.length} parse error(s): ${failed ? 'FAIL' : 'ok'}`,
);
process.exit(failed ? 1 : 0);
