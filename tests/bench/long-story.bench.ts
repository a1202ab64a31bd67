/**
 * `npm run bench:long` (issue 16.2): a story of 2,000,000 characters (10,000 paragraphs of
 * 200) through the desk, each action a full round trip through the HTTP transport: create,
 * open (story.get), save with one paragraph changed, the revision diff of that save, a search
 * for the changed words (the index kept by the save), the live copyfit of the text in the
 * editor and the board's compose of its page (typesetting every line of it, overset). The
 * peer is the same actions on a story of 10,000 characters (50 paragraphs) in the same
 * process. Prints the median and p95 of RUNS per action and the ratio to the peer; the last
 * line is one JSON object of the figures. The editor's side (open and typing in the browser)
 * is timed by `bench:ui`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDesk } from '../../src/main/desk/open-desk';
import type { HandlerName, Result } from '../../src/shared/contract';
import type { StoryDocument } from '../../src/shared/story/elements';
import { overHttp } from '../contract/transports';
import { rendererDir } from '../e2e/app-host';
import { longDocument, withText } from '../support/long-document';
import { round, type Timing, times } from './timing';

const RUNS = Number(process.env.RUNS ?? 5);
const log = (line: string) => process.stderr.write(`${line}\n`);

/** The document with paragraph `at` replaced by one naming `mark` (as long as before). */
const marked = (doc: StoryDocument, at: number, mark: string, size: number) =>
  withText(doc, at, `${mark}${'改'.repeat(Math.max(0, size - mark.length))}`);

/** A mark no other text holds: the run's number in Han numerals. */
const markOf = (run: number) =>
  `标记${[...String(run + 10)].map((d) => '零一二三四五六七八九'[Number(d)]).join('')}号稿`;

async function measure(paragraphs: number, date: string): Promise<Record<string, Timing>> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-long-'));
  const desk = openDesk({ dbPath: join(dir, 'paper.sqlite') });
  const http = await overHttp(desk, rendererDir());
  const call = async <K extends HandlerName>(name: K, args: unknown): Promise<Result<K>> => {
    const reply = await http.call(name, args, 1);
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.result as Result<K>;
  };
  const size = 200;
  const doc = longDocument(paragraphs, size);
  const fields = { headline: '全文实录' };
  const figures: Record<string, Timing> = {};
  try {
    figures.create = await times(RUNS, () => call('story.create', { fields, document: doc }));
    const { id } = await call('story.create', { fields, document: doc, deskDate: date });
    await call('issue.create', { date });
    await call('placement.assign', { storyId: id, date, page: 2 });
    figures.open = await times(RUNS, () => call('story.get', { id }));
    let version = (await call('story.get', { id })).version;
    const save = async (run: number) => {
      const next = marked(doc, paragraphs - 10, markOf(run), size);
      const saved = await call('story.save', { id, fields, document: next, baseVersion: version });
      version = saved.version;
    };
    figures.save = await times(RUNS, save);
    figures.diff = await times(RUNS, () =>
      call('revision.diff', { storyId: id, from: version - 1, to: version }),
    );
    // The words of the last save, found through the index that save kept.
    const last = RUNS - 1;
    figures.search = await times(RUNS, async () => {
      const hits = await call('story.search', { query: markOf(last) });
      if (!hits.some((h) => h.id === id)) throw new Error('the saved words are not found');
    });
    figures.copyfit = await times(RUNS, (run) =>
      call('story.copyfit', { id, document: marked(doc, 5, markOf(run + 100), size) }),
    );
    // The board's compose of the page just after a save (a repeat would be a lookup).
    figures.compose = await times(
      RUNS,
      () => call('layout.compose', { date }),
      (run) => save(run + 200),
    );
  } finally {
    await http.close();
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return figures;
}

async function main(): Promise<void> {
  log(`a story of 2,000,000 characters beside one of 10,000, ${RUNS} runs each`);
  const long = await measure(10_000, '2026-11-28');
  const peer = await measure(50, '2026-11-28');
  for (const [name, f] of Object.entries(long)) {
    const p = peer[name];
    log(
      `${name.padEnd(8)} p50 ${f.p50} ms, p95 ${f.p95} ms (10,000 characters: p50 ${p?.p50} ms, ratio ${p ? round(f.p50 / p.p50) : '-'})`,
    );
  }
  console.log(JSON.stringify({ chars: 2_000_000, runs: RUNS, long, peer }));
}

void main();
