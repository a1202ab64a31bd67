import { spawnSync } from 'node:child_process';
import { openSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import { canMountTmpfs, mountTmpfs } from '../support/mounts';
import { runCli } from '../support/run-cli';
import { tempDir } from '../support/temp-db';

const ROOT = join(__dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'newsdesk');

/** A paper with many stories and one long one: more output than a pipe holds. */
async function makePaper(path: string, stories: number, longBody = 0): Promise<void> {
  const desk = openDesk({ dbPath: path });
  const as = { actorId: 1 };
  for (let i = 0; i < stories; i++) {
    const body = i === 0 && longBody ? '长'.repeat(longBody) : `正文 ${i}`;
    const document = { version: 1, body: [{ type: 'paragraph', children: [{ text: body }] }] };
    const reply = await desk.call(
      'story.create',
      { fields: { headline: `稿件标题 ${i} ${'字'.repeat(60)}` }, document },
      as,
    );
    if (!reply.ok) throw new Error(reply.error.message);
  }
  desk.close();
}

const oneLine = (text: string) => text.trim().split('\n');

describe('faults are one line', () => {
  const temp = tempDir();
  const paper = join(temp.dir, 'paper.sqlite');
  beforeAll(() => makePaper(paper, 300, 100_000), 120_000);
  afterAll(() => temp.cleanup());

  it.each([
    ['story list | head -1', ['story', 'list']],
    ['story show 1 | head', ['story', 'show', '1']],
  ])(
    'a closed pipe (%s) ends quietly',
    (_name, argv) => {
      const script = `"${process.execPath}" "${BIN}" --db "${paper}" ${argv.join(' ')} 2>"${temp.dir}/err.txt" | head -1; echo "status=\${PIPESTATUS[0]}"`;
      const run = spawnSync('bash', ['-c', script], { encoding: 'utf8' });
      const [first, status] = oneLine(run.stdout);
      expect(first?.length).toBeGreaterThan(0);
      expect(['status=0', 'status=1']).toContain(status);
      expect(readFileSync(join(temp.dir, 'err.txt'), 'utf8')).toBe('');
    },
    60_000,
  );

  it('a missing folder: one line, exit 1, nothing made', async () => {
    const target = join(temp.dir, 'no-such-folder', 'b.sqlite');
    expect(await runCli('--db', paper, 'backup', target)).toEqual({
      status: 1,
      out: '',
      err: `newsdesk: ${target}: folder ${join(temp.dir, 'no-such-folder')} does not exist`,
    });
    const db = join(temp.dir, 'gone', 'paper.sqlite');
    const list = await runCli('--db', db, 'story', 'list');
    expect([list.status, oneLine(list.err).length]).toEqual([1, 1]);
    expect(list.err).toContain('does not exist');
  });

  it('a log that cannot be written does not stop the process', () => {
    // stderr on /dev/full: every write fails with ENOSPC, as a log on a full disk.
    const full = openSync('/dev/full', 'w');
    const code = `require('tsx/cjs/api').register();
      const { processOutput } = require(${JSON.stringify(join(ROOT, 'src/main/cli/output.ts'))});
      for (let i = 0; i < 50; i++) processOutput.err('newsdesk: a log line ' + i);
      setTimeout(() => { processOutput.out('still up'); }, 200);`;
    const run = spawnSync(process.execPath, ['-e', code], {
      stdio: ['ignore', 'pipe', full],
      encoding: 'utf8',
      cwd: ROOT,
    });
    expect([run.status, run.stdout]).toEqual([0, 'still up\n']);
  }, 30_000);
});

describe.runIf(canMountTmpfs())('on a full disk and a read-only folder', () => {
  const temp = tempDir();
  const paper = join(temp.dir, 'paper.sqlite');
  beforeAll(() => makePaper(paper, 20), 60_000);
  afterAll(() => temp.cleanup());

  it('backup onto a full disk: one line, exit 1, no partial file', async () => {
    const disk = mountTmpfs('64k');
    try {
      const target = join(disk.dir, 'b.sqlite');
      expect(await runCli('--db', paper, 'backup', target)).toEqual({
        status: 1,
        out: '',
        err: `newsdesk: ${target}: backup failed: the disk is full`,
      });
      expect(readdirSync(disk.dir)).toEqual([]);
    } finally {
      disk.unmount();
    }
  });

  it('a save onto a full disk: one line, exit 1, the database intact', async () => {
    const disk = mountTmpfs('2m');
    try {
      const db = join(disk.dir, 'paper.sqlite');
      await makePaper(db, 3);
      const story = join(temp.dir, 'long.md');
      writeFileSync(story, `---\nheadline: 长稿\n---\n\n${'长篇正文。'.repeat(30_000)}\n`);
      // Fill the disk, then leave 40 KB: the story (450 KB) cannot fit.
      const rest = join(disk.dir, 'rest');
      spawnSync('bash', [
        '-c',
        `cat /dev/zero > "${rest}" 2>/dev/null; truncate -s -40K "${rest}"`,
      ]);
      const run = await runCli('--db', db, 'import', story);
      expect(run.status).toBe(1);
      expect(oneLine(run.err)).toHaveLength(1);
      expect(run.err).toMatch(/the disk is full/);
      rmSync(rest);
      const check = new Database(db);
      expect(check.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(check.prepare('SELECT count(*) FROM stories').pluck().get()).toBe(3);
      check.close();
    } finally {
      disk.unmount();
    }
  });

  it('backup into a read-only folder: one line, exit 1', async () => {
    const ro = mountTmpfs('64k', true);
    try {
      const target = join(ro.dir, 'b.sqlite');
      const run = await runCli('--db', paper, 'backup', target);
      expect(run).toEqual({
        status: 1,
        out: '',
        err: expect.stringMatching(/^newsdesk: .*b\.sqlite: backup failed: [^\n]+$/),
      });
      const list = await runCli('--db', join(ro.dir, 'new.sqlite'), 'story', 'list');
      expect([list.status, oneLine(list.err).length]).toEqual([1, 1]);
      expect(list.err).toMatch(/read-only/);
    } finally {
      ro.unmount();
    }
  });
});
