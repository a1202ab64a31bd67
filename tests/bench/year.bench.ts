/**
 * `npm run bench:year` (issue 16.4): a year of paper — 365 issues of four pages, 40,000
 * stories with two revisions each (year-db.ts, cached under /tmp) — opened, listed, searched,
 * a day's front page laid out (auto-layout of page 1 just after a story was placed on it or
 * taken off; layoutDay) and the day exported, each a full round trip through the HTTP transport (fetch →
 * host → desk.call → SQLite → JSON), beside the same action on one day of the same paper (the
 * peer, in the same process). Prints the database sizes and, per action, the median and p95
 * of RUNS with the ratio to the peer; the last line is one JSON object of the figures.
 * Goals (issue 16.3): a desk page ≤ 300 ms, a filter or a search ≤ 150 ms, the board's
 * compose ≤ 500 ms, 上版 ≤ 150 ms; export as the CLI's (issue 10.5: ≤ 1.5 s).
 */
import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDesk } from '../../src/main/desk/open-desk';
import type { HandlerName, Result } from '../../src/shared/contract';
import { overHttp } from '../contract/transports';
import { rendererDir } from '../e2e/app-host';
import { round, type Timing, times } from './timing';
import { dayBefore, LAST_DAY, PAGES, PER_PAGE, YEAR_EDITOR, yearDatabase } from './year-db';

const RUNS = Number(process.env.RUNS ?? 7);
const log = (line: string) => process.stderr.write(`${line}\n`);
const GOALS: Record<string, number> = {
  deskPage: 300,
  filter: 150,
  search: 150,
  boardCompose: 500,
  assign: 150,
  layoutDay: 150,
  exportPdf: 1500,
};

/** The actions on one database: its open, then each action through HTTP. */
async function measure(path: string, oldest: string): Promise<Record<string, Timing>> {
  const figures: Record<string, Timing> = {};
  let desk: ReturnType<typeof openDesk> | null = null;
  // The copy has no clean-close mark: its first open reads the whole file (quick_check);
  // the later ones open it as the app's last clean close left it.
  const opens: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    desk = openDesk({ dbPath: path });
    opens.push(performance.now() - t);
    if (i < 2) desk.close();
  }
  figures.firstOpen = { p50: round(opens[0] ?? 0), p95: round(opens[0] ?? 0) };
  const again = opens.slice(1);
  figures.open = { p50: round(Math.min(...again)), p95: round(Math.max(...again)) };
  if (!desk) throw new Error('no desk');
  const editor = desk.people.byName(YEAR_EDITOR)?.id ?? 1;
  const http = await overHttp(desk, rendererDir());
  const call = async <K extends HandlerName>(name: K, args: unknown): Promise<Result<K>> => {
    const reply = await http.call(name, args, editor);
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.result as Result<K>;
  };
  try {
    const day = LAST_DAY;
    figures.deskPage = await times(RUNS, () => call('story.page', { deskDate: day, limit: 100 }));
    figures.filter = await times(RUNS, (i) =>
      call('story.page', { deskDate: day, status: i % 2 ? 'signed-off' : 'filed', limit: 100 }),
    );
    figures.search = await times(RUNS, (i) =>
      call('story.search', { query: ['市民', '改造', '项目', '学校'][Math.abs(i) % 4], limit: 50 }),
    );
    figures.boardCompose = await times(RUNS, () => call('layout.compose', { date: day }));
    // 上版: an unplaced story of the day onto page 4 and back off the issue.
    const tray = await call('story.page', { deskDate: day, unplacedOn: day, limit: 1 });
    const spare = tray.rows[0]?.id;
    if (spare === undefined) throw new Error('no unplaced story on the day');
    figures.assign = await times(RUNS, async () => {
      await call('placement.assign', { storyId: spare, date: day, page: PAGES });
      await call('placement.remove', { storyId: spare, date: day });
    });
    // Each run lays out page 1 just changed (the spare story placed there, then taken off
    // again): the desk keeps each page's last composition, and a repeat would be a lookup.
    figures.layoutDay = await times(
      RUNS,
      () => call('layout.auto', { date: day, page: 1 }),
      (i) =>
        i % 2 !== 0 // the warm-up's -1 included
          ? call('placement.assign', { storyId: spare, date: day, page: 1 })
          : call('placement.remove', { storyId: spare, date: day }),
    );
    figures.exportPdf = await times(Math.min(RUNS, 5), () =>
      call('export.pdf', { date: day, force: 'bench' }),
    );
    // The database's first day (a year back on the year's): its pages come as quickly.
    figures.oldDayCompose = await times(RUNS, () => call('layout.compose', { date: oldest }));
  } finally {
    await http.close();
    desk.close();
  }
  return figures;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-year-'));
  const year = await yearDatabase(dir, 365);
  if (year.built !== null) log(`built the year's database in ${(year.built / 1000).toFixed(1)} s`);
  const peer = await yearDatabase(dir, 1);
  const mb = (path: string) => round(statSync(path).size / 1e6);
  log(`database: a year ${mb(year.path)} MB, one day ${mb(peer.path)} MB`);
  log(`(${PAGES} pages, ${PER_PAGE} stories placed on each, every day)`);
  const now = await measure(year.path, dayBefore(364));
  const one = await measure(peer.path, LAST_DAY);
  for (const [name, f] of Object.entries(now)) {
    const p = one[name];
    const goal = GOALS[name];
    log(
      `${name}: p50 ${f.p50} ms, p95 ${f.p95} ms (one day: p50 ${p?.p50} ms, ratio ${p ? round(f.p50 / p.p50) : '-'})${goal ? ` goal ${goal} ms` : ''}`,
    );
  }
  console.log(
    JSON.stringify({
      year: { mb: mb(year.path), figures: now },
      oneDay: { mb: mb(peer.path), figures: one },
      runs: RUNS,
    }),
  );
}

void main();
