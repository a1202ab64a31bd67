// Which code bin/newsdesk runs: the bundle `npm run build` writes (out/cli/newsdesk.cjs)
// while it is newer than every source file under src/main and src/shared, else the
// TypeScript sources through tsx, so a command never runs stale code.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

/** The newest modification time of the files under `dir` (0 when there are none). */
function newestFile(dir) {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    const time = entry.isDirectory() ? newestFile(full) : fs.statSync(full).mtimeMs;
    if (time > newest) newest = time;
  }
  return newest;
}

/** 'bundle' or 'source', and why. NEWSDESK_CLI_FROM_SOURCE=1 always picks the sources. */
function chooseEntry(root, env) {
  if (env.NEWSDESK_CLI_FROM_SOURCE === '1') return { entry: 'source', why: 'asked for' };
  let built;
  try {
    built = fs.statSync(path.join(root, 'out', 'cli', 'newsdesk.cjs')).mtimeMs;
  } catch {
    return { entry: 'source', why: 'not built' };
  }
  for (const dir of ['main', 'shared']) {
    if (newestFile(path.join(root, 'src', dir)) > built) {
      return { entry: 'source', why: `src/${dir} changed since the build` };
    }
  }
  return { entry: 'bundle', why: 'up to date' };
}

module.exports = { chooseEntry };
