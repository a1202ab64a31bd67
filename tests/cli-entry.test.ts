// bin/newsdesk runs the bundle only while it is newer than every source file, so a command
// never runs stale code; and both entries give the same answers.

import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { APP_ROOT } from '../src/main/paths';
import { tempDir } from './support/temp-db';

const { chooseEntry } = createRequire(__filename)('../bin/cli-entry.cjs') as {
  chooseEntry(
    root: string,
    env: Record<string, string | undefined>,
  ): { entry: string; why: string };
};

const temp = tempDir('newsdesk-cli-entry-');
afterEach(() => temp.cleanup());

function file(path: string, secondsAgo: number): void {
  const full = join(temp.dir, path);
  mkdirSync(join(full, '..'), { recursive: true });
  writeFileSync(full, '');
  const when = Date.now() / 1000 - secondsAgo;
  utimesSync(full, when, when);
}

describe('which code bin/newsdesk runs', () => {
  it('runs the sources until there is a build', () => {
    file('src/main/cli/main.ts', 100);
    file('src/shared/a.ts', 100);
    expect(chooseEntry(temp.dir, {})).toEqual({ entry: 'source', why: 'not built' });
  });

  it('runs the bundle while it is newer than every source file', () => {
    file('src/main/cli/main.ts', 100);
    file('src/shared/deep/er/b.ts', 90);
    file('out/cli/newsdesk.cjs', 50);
    expect(chooseEntry(temp.dir, {})).toEqual({ entry: 'bundle', why: 'up to date' });
    expect(chooseEntry(temp.dir, { NEWSDESK_CLI_FROM_SOURCE: '1' }).entry).toBe('source');
  });

  it('runs the sources once any of them changed after the build', () => {
    file('src/main/cli/main.ts', 100);
    file('out/cli/newsdesk.cjs', 50);
    file('src/shared/deep/er/b.ts', 10);
    expect(chooseEntry(temp.dir, {})).toEqual({
      entry: 'source',
      why: 'src/shared changed since the build',
    });
  });

  it('gives the same answers from the bundle and from the sources', () => {
    const run = (env: Record<string, string>) =>
      execFileSync(join(APP_ROOT, 'bin', 'newsdesk'), ['--help'], {
        cwd: APP_ROOT,
        env: { ...process.env, ...env },
        encoding: 'utf8',
      });
    const fromSource = run({ NEWSDESK_CLI_FROM_SOURCE: '1' });
    expect(fromSource).toContain('usage: newsdesk');
    expect(run({})).toBe(fromSource);
  });

  it('exports a PDF from the sources: the lazily loaded writer is found there too', () => {
    // A new machine right after `npm install` has no build: the sources run, and the PDF
    // writer is loaded by a dynamic import() that only tsx's ESM loader resolves.
    mkdirSync(temp.dir, { recursive: true });
    writeFileSync(join(temp.dir, 'pw'), 'source-run-password');
    const env = {
      ...process.env,
      NEWSDESK_CLI_FROM_SOURCE: '1',
      NEWSDESK_DB: join(temp.dir, 'paper.sqlite'),
      NEWSDESK_PASSWORD: 'source-run-password',
    };
    const run = (...args: string[]) =>
      execFileSync(join(APP_ROOT, 'bin', 'newsdesk'), args, {
        cwd: temp.dir,
        env,
        encoding: 'utf8',
      });
    run('init', '--password-file', join(temp.dir, 'pw'));
    run('issue', 'create', '2026-12-07');
    run('export', '2026-12-07', '--pdf', join(temp.dir, 'issue.pdf'), '--force', 'source run');
    expect(readFileSync(join(temp.dir, 'issue.pdf')).subarray(0, 5).toString('latin1')).toBe(
      '%PDF-',
    );
  }, 60_000);
});
