import { spawn } from 'node:child_process';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import { callHost } from '../support/http-client';
import { type HostProcess, spawnHost } from '../support/spawn-host';
import { tempDir } from '../support/temp-db';

const BIN = join(__dirname, '..', '..', 'bin', 'newsdesk');

/** One CLI run in its own process: status, stdout, stderr. */
function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...argv], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (c) => {
      out += String(c);
    });
    child.stderr.on('data', (c) => {
      err += String(c);
    });
    child.once('exit', (code) => resolve({ status: code ?? -1, out, err }));
  });
}

describe('two HTTP hosts and the CLI on one file', () => {
  const temp = tempDir();
  const dbPath = join(temp.dir, 'paper.sqlite');
  let hosts: HostProcess[] = [];
  const ids = { admin: 1, reporters: [] as number[], editor: 0, chief: 0 };
  const filed: number[] = [];

  beforeAll(async () => {
    const desk = openDesk({ dbPath });
    const as = { actorId: 1 };
    const make = async (name: string, role: string) => {
      const reply = await desk.call('profile.create', { name, role }, as);
      if (!reply.ok) throw new Error(reply.error.message);
      return (reply.result as { id: number }).id;
    };
    ids.reporters = [await make('记者甲', 'reporter'), await make('记者乙', 'reporter')];
    ids.editor = await make('编辑甲', 'editor');
    ids.chief = await make('编辑乙', 'chief');
    for (let i = 0; i < 4; i++) {
      const author = { actorId: ids.reporters[0] ?? 0 };
      const made = await desk.call('story.create', { fields: { headline: `待审 ${i}` } }, author);
      if (!made.ok) throw new Error(made.error.message);
      const id = (made.result as { id: number }).id;
      const moved = await desk.call('story.transition', { id, to: 'filed' }, author);
      if (!moved.ok) throw new Error(moved.error.message);
      filed.push(id);
    }
    desk.close();
    hosts = await Promise.all([spawnHost(dbPath, temp.dir), spawnHost(dbPath, temp.dir)]);
  }, 60_000);

  afterAll(async () => {
    await Promise.all(hosts.map((h) => h.stop()));
    temp.cleanup();
  });

  it('loses no acknowledged write, answers no internal error, and names the lock holder', async () => {
    const replies: { ok: boolean; code?: string; status: number; message?: string }[] = [];
    const record = (reply: Awaited<ReturnType<typeof callHost>>) => {
      replies.push(
        reply.ok
          ? { ok: true, status: reply.status }
          : {
              ok: false,
              status: reply.status,
              code: reply.error.code,
              message: reply.error.message,
            },
      );
      return reply;
    };
    const acked = new Map<number, Map<number, string>>(); // story -> version -> headline

    // Each reporter writes its own story through its own host, as fast as the host answers.
    const reporterLoop = async (index: number) => {
      const host = hosts[index] as HostProcess;
      const actor = ids.reporters[index] ?? 0;
      const made = record(
        await callHost(host, 'story.create', { fields: { headline: `稿 ${index}` } }, actor),
      );
      if (!made.ok) return;
      const id = (made.result as { id: number }).id;
      const versions = new Map<number, string>();
      acked.set(id, versions);
      for (let n = 0; n < 60; n++) {
        const headline = `稿 ${index} 第${n}次`;
        const saved = record(
          await callHost(host, 'story.save', { id, fields: { headline } }, actor),
        );
        if (saved.ok) versions.set((saved.result as { version: number }).version, headline);
      }
    };
    // Two editors on two hosts race for the same lock again and again.
    const lockRaces: string[] = [];
    const lockLoop = async () => {
      const story = filed[0] ?? 0;
      for (let n = 0; n < 15; n++) {
        const [a, b] = await Promise.all([
          callHost(hosts[0] as HostProcess, 'lock.acquire', { storyId: story }, ids.editor),
          callHost(hosts[1] as HostProcess, 'lock.acquire', { storyId: story }, ids.chief),
        ]);
        record(a);
        record(b);
        for (const reply of [a, b]) if (!reply.ok) lockRaces.push(reply.error.message);
        const winner = a.ok ? [hosts[0], ids.editor] : [hosts[1], ids.chief];
        await callHost(
          winner[0] as HostProcess,
          'lock.release',
          { storyId: story },
          winner[1] as number,
        );
      }
    };
    // Meanwhile the CLI, each run a process of its own, moves filed stories on.
    const cliLoop = async () => {
      const runs = [];
      for (const id of filed.slice(1)) {
        runs.push(await cli('--db', dbPath, 'story', 'status', String(id), 'edited'));
      }
      return runs;
    };

    const [, , , cliRuns] = await Promise.all([
      reporterLoop(0),
      reporterLoop(1),
      lockLoop(),
      cliLoop(),
    ]);

    expect(
      replies.filter((r) => r.code === 'internal' || (r.status >= 500 && r.code !== 'busy')),
    ).toEqual([]);
    // Every refusal is either a lost lock race naming its winner, or a retryable busy.
    for (const r of replies.filter((x) => !x.ok)) {
      expect(['conflict', 'busy']).toContain(r.code);
    }
    expect(lockRaces.length).toBeGreaterThanOrEqual(15);
    for (const message of lockRaces) expect(message).toMatch(/is locked by (编辑甲|编辑乙) since/);
    for (const run of cliRuns) {
      expect(run.err).toBe('');
      expect(run.status).toBe(0);
      expect(run.out).toMatch(/filed -> edited/);
    }

    const db = new Database(dbPath, { readonly: true });
    try {
      for (const [id, versions] of acked) {
        expect(versions.size).toBeGreaterThan(0);
        const rows = db
          .prepare('SELECT version, fields FROM story_revisions WHERE story_id = ?')
          .all(id) as { version: number; fields: string }[];
        const stored = new Map(
          rows.map((r) => [r.version, JSON.parse(r.fields).headline as string]),
        );
        for (const [version, headline] of versions) expect(stored.get(version)).toBe(headline);
      }
      const statuses = db
        .prepare(`SELECT status FROM stories WHERE id IN (${filed.slice(1).join(',')})`)
        .pluck()
        .all();
      expect(statuses).toEqual(['edited', 'edited', 'edited']);
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      db.close();
    }
  }, 120_000);
});
