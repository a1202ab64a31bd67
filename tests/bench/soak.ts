// The long night, compressed: two HTTP hosts on loopback over one file, reporters saving,
// editors moving stories and laying out pages, a backup every minute and a kill -9 every few
// minutes of the second host (restarted at once). Prints ONE JSON line: acknowledged writes,
// lost, internal errors, integrity, p95 latency per call, RSS growth per hour.
// RSS is that of the host that stays up (editors and one reporter), read from /proc every
// second: a host killed every few minutes never leaves its warm-up. The first half of the run
// is warm-up (V8 sizes its heap, SQLite fills its cache); the growth is the rise of the RSS
// high-water mark from the first to the second half of the rest, per hour. The high-water
// mark, because a V8 heap breathes: the memory reducer gives back tens of MB and takes them
// again, while a leak raises every peak.
// npm run soak -- --seconds N [--kill-every S]   (default 600 s, kill every 180 s)
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { openDesk } from '../../src/main/desk/open-desk';
import { backupTo } from '../../src/main/store/backup';
import { callHost } from '../support/http-client';
import { spawnHost } from '../support/spawn-host';
import { tempDir } from '../support/temp-db';

export interface SoakOptions {
  seconds: number;
  backupEverySeconds?: number;
  killEverySeconds?: number;
}

export interface SoakReport {
  seconds: number;
  acknowledged: number;
  lost: number;
  internalErrors: number;
  otherRefusals: number;
  unreachable: number;
  kills: number;
  backups: number;
  integrity: string;
  p95ms: Record<string, number>;
  rssGrowthMbPerHour: number;
  /** The steady host's RSS high-water mark in the two halves after warm-up. */
  rssMb: { early: number; late: number; windowSeconds: number };
}

const DATE = '2026-12-04';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function rssMb(pid: number): number {
  try {
    const line = readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/);
    return line ? Number(line[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * Growth per hour of the RSS high-water mark: samples before `warmUpUntil` are left out, the
 * rest split in two halves in time; the rise of the maximum from one to the other, per hour.
 */
export function rssGrowth(
  samples: readonly { at: number; mb: number }[],
  warmUpUntil: number,
): { perHour: number; early: number; late: number; windowSeconds: number } {
  const after = samples.filter((s) => s.at >= warmUpUntil);
  const first = after[0];
  const last = after[after.length - 1];
  if (!first || !last || last.at <= first.at) {
    return { perHour: 0, early: 0, late: 0, windowSeconds: 0 };
  }
  const middle = (first.at + last.at) / 2;
  const peak = (list: { mb: number }[]) => Math.max(...list.map((s) => s.mb));
  const early = peak(after.filter((s) => s.at < middle));
  const late = peak(after.filter((s) => s.at >= middle));
  const hours = (last.at - first.at) / 2 / 3_600_000;
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    perHour: round((late - early) / hours),
    early: round(early),
    late: round(late),
    windowSeconds: Math.round((last.at - first.at) / 1000),
  };
}

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const temp = tempDir('newsdesk-soak-');
  const dbPath = join(temp.dir, 'paper.sqlite');
  const backupEvery = (options.backupEverySeconds ?? 60) * 1000;
  const killEvery = (options.killEverySeconds ?? 180) * 1000;

  const desk = openDesk({ dbPath });
  const make = async (name: string, role: string) => {
    const reply = await desk.call('profile.create', { name, role }, { actorId: 1 });
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.result as { id: number }).id;
  };
  const reporters = [
    await make('记者甲', 'reporter'),
    await make('记者乙', 'reporter'),
    await make('记者丙', 'reporter'),
  ];
  const editor = await make('编辑甲', 'editor');
  await desk.call('issue.create', { date: DATE, pages: 8 }, { actorId: editor });
  desk.close();

  // `steady` stays up and is measured; `crashing` is killed -9 every few minutes.
  const steady = await spawnHost(dbPath, temp.dir);
  let crashing = await spawnHost(dbPath, temp.dir);
  // The N seconds run from here, with both hosts listening.
  const started = Date.now();
  const end = started + options.seconds * 1000;
  const latencies = new Map<string, number[]>();
  const acked = new Map<string, string>(); // `${story}:${version}` -> headline
  let internalErrors = 0;
  let otherRefusals = 0;
  let unreachable = 0;
  let kills = 0;
  let backups = 0;
  let restarting: Promise<void> | undefined;
  const rss: { at: number; mb: number }[] = [];

  async function call(name: string, args: unknown, actor: number, onSteady = false) {
    if (!onSteady && restarting) await restarting;
    const started = performance.now();
    try {
      const reply = await callHost(onSteady ? steady : crashing, name, args, actor);
      const list = latencies.get(name) ?? [];
      list.push(performance.now() - started);
      latencies.set(name, list);
      if (!reply.ok) {
        if (reply.error.code === 'internal' || (reply.status >= 500 && reply.error.code !== 'busy'))
          internalErrors++;
        else otherRefusals++;
      }
      return reply;
    } catch {
      unreachable++; // the host was killed under this call: not acknowledged
      return undefined;
    }
  }

  function ackStory(result: unknown) {
    const story = result as { id: number; version: number; headline: string };
    acked.set(`${story.id}:${story.version}`, story.headline);
  }

  async function reporter(actor: number, index: number) {
    const onSteady = index === 0;
    let story = 0;
    for (let n = 0; Date.now() < end; n++) {
      if (!story || n % 25 === 0) {
        const made = await call(
          'story.create',
          { fields: { headline: `稿 ${index}-${n}` } },
          actor,
          onSteady,
        );
        if (!made?.ok) continue;
        story = (made.result as { id: number }).id;
        acked.set(`${story}:1`, `稿 ${index}-${n}`);
      }
      const headline = `稿 ${index}-${n} 改`;
      const body = {
        version: 1,
        body: [{ type: 'paragraph', children: [{ text: `正文${'字'.repeat(n % 400)}` }] }],
      };
      const saved = await call(
        'story.save',
        { id: story, fields: { headline }, document: body },
        actor,
        onSteady,
      );
      if (saved?.ok)
        acked.set(`${story}:${(saved.result as { version: number }).version}`, headline);
      if (n % 25 === 24) {
        const filed = await call('story.transition', { id: story, to: 'filed' }, actor, onSteady);
        // The result's own headline: the last save may not have gone through.
        if (filed?.ok) ackStory(filed.result);
        story = 0;
      }
      await sleep(20);
    }
  }

  async function editorLoop() {
    for (let n = 0; Date.now() < end; n++) {
      const list = await call('story.list', { status: 'filed' }, editor, true);
      const filed = list?.ok ? (list.result as { id: number; headline: string }[]) : [];
      for (const s of filed.slice(0, 3)) {
        const moved = await call('story.transition', { id: s.id, to: 'edited' }, editor, true);
        if (moved?.ok) ackStory(moved.result);
        const page = 1 + (s.id % 8);
        await call('placement.assign', { storyId: s.id, date: DATE, page }, editor, true);
      }
      const page = 1 + (n % 8);
      await call('page.set', { date: DATE, page, editor: `编辑${n % 10}` }, editor, true);
      await call('issue.get', { date: DATE }, editor, true);
      await sleep(100);
    }
  }

  async function backupLoop() {
    for (let next = Date.now() + backupEvery; Date.now() < end; ) {
      await sleep(250);
      if (Date.now() < next) continue;
      next += backupEvery;
      await backupTo(dbPath, join(temp.dir, `backup-${backups}.sqlite`));
      backups++;
    }
  }

  async function killLoop() {
    let nextKill = Date.now() + killEvery;
    while (Date.now() < end) {
      await sleep(1000);
      rss.push({ at: Date.now(), mb: rssMb(steady.child.pid ?? 0) });
      if (Date.now() >= nextKill && Date.now() < end - 2000) {
        nextKill += killEvery;
        let done = () => {};
        restarting = new Promise((r) => {
          done = r;
        });
        await crashing.stop('SIGKILL');
        kills++;
        crashing = await spawnHost(dbPath, temp.dir);
        restarting = undefined;
        done();
      }
    }
  }

  await Promise.all([
    ...reporters.map((r, i) => reporter(r, i)),
    editorLoop(),
    backupLoop(),
    killLoop(),
  ]);
  await Promise.all([steady.stop(), crashing.stop()]);

  const db = new Database(dbPath, { readonly: true });
  const integrity = String(db.pragma('integrity_check', { simple: true }));
  const rows = db.prepare('SELECT story_id, version, fields FROM story_revisions').all() as {
    story_id: number;
    version: number;
    fields: string;
  }[];
  db.close();
  const stored = new Map(
    rows.map((r) => [`${r.story_id}:${r.version}`, JSON.parse(r.fields).headline]),
  );
  let lost = 0;
  for (const [key, headline] of acked) {
    if (stored.get(key) === headline) continue;
    lost++;
    process.stderr.write(
      `soak: lost ${key}: acknowledged ${headline}, stored ${stored.get(key)}\n`,
    );
  }
  temp.cleanup();

  const p95ms: Record<string, number> = {};
  for (const [name, list] of [...latencies].sort()) {
    const sorted = [...list].sort((a, b) => a - b);
    p95ms[name] = Math.round((sorted[Math.floor(sorted.length * 0.95)] ?? 0) * 10) / 10;
  }
  const growth = rssGrowth(rss, started + (end - started) / 2);
  return {
    seconds: options.seconds,
    acknowledged: acked.size,
    lost,
    internalErrors,
    otherRefusals,
    unreachable,
    kills,
    backups,
    integrity,
    p95ms,
    rssGrowthMbPerHour: growth.perHour,
    rssMb: { early: growth.early, late: growth.late, windowSeconds: growth.windowSeconds },
  };
}

if (require.main === module) {
  const at = process.argv.indexOf('--seconds');
  const seconds = at > 0 ? Number(process.argv[at + 1]) : 600;
  if (!Number.isFinite(seconds) || seconds <= 0) {
    process.stderr.write('usage: npm run soak -- --seconds N\n');
    process.exit(2);
  }
  const kill = process.argv.indexOf('--kill-every');
  const killEverySeconds = kill > 0 ? Number(process.argv[kill + 1]) : undefined;
  runSoak({ seconds, killEverySeconds }).then(
    (report) => process.stdout.write(`${JSON.stringify(report)}\n`),
    (error: unknown) => {
      process.stderr.write(`soak: ${error instanceof Error ? error.message : error}\n`);
      process.exit(1);
    },
  );
}
