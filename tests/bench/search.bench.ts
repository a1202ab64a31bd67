/**
 * `npm run bench:search`: builds an archive of generated stories in a temp folder and times
 * story search for 1-, 2-, 4- and 8-character Chinese queries. The last line is one JSON
 * object with the figures. STORIES=20000 (env) makes a smaller archive for a quick look;
 * KEEP=1 leaves the archive on disk and prints its path.
 */
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { openDatabase } from '../../src/main/store/open-database';
import { createSearchRepo } from '../../src/main/store/repos/search';
import { createCharIndex } from '../../src/main/store/search-chars';
import { createStore } from '../../src/main/store/store';
import { prng, story, VOCABULARY } from './search-corpus';

const STORIES = Number(process.env.STORIES ?? 100_000);
const QUERIES = 50;
const BATCH = 10_000;

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

function percentile(sorted: number[], p: number): number {
  const at = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return Number((sorted[Math.max(0, at)] ?? 0).toFixed(2));
}

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
const path = join(dir, 'archive.sqlite');
const db = openDatabase(path);
const store = createStore(db);
try {
  const random = prng(20260302);
  const authors = Array.from({ length: 20 }, (_, i) =>
    Number(
      db
        .prepare("INSERT INTO profiles (name, role, created_at) VALUES (?, 'reporter', 'now')")
        .run(`记者${i + 1}`).lastInsertRowid,
    ),
  );
  // Straight into `stories`: the triggers index every row (story_chars: the sync below, as the
  // stories repository does for the app's writes).
  const chars = createCharIndex(db);
  const insert = db.prepare(`INSERT INTO stories (author_id, desk_date, status, priority,
    kicker, headline, subhead, document, chars, version, created_at, updated_at)
    VALUES (?, ?, 'filed', 'normal', ?, ?, ?, ?, ?, 1, ?, ?)`);
  const start = Date.UTC(2023, 0, 1);
  const bodies: string[] = [];
  let textChars = 0;
  const built = performance.now();
  for (let first = 0; first < STORIES; first += BATCH) {
    db.transaction(() => {
      for (let i = first; i < Math.min(STORIES, first + BATCH); i++) {
        const s = story(random);
        textChars += s.chars;
        // About 90 stories a day, three years of archive.
        const at = new Date(start + i * 960_000).toISOString();
        const document = {
          body: s.paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
        };
        if (i % 997 === 0) bodies.push(s.paragraphs.join(''));
        const author = authors[i % authors.length] ?? 1;
        insert.run(
          author,
          at.slice(0, 10),
          s.kicker,
          s.headline,
          s.subhead,
          JSON.stringify(document),
          s.chars,
          at,
          at,
        );
      }
      chars.sync();
    })();
    log(
      `built ${Math.min(STORIES, first + BATCH)} stories, ${((performance.now() - built) / 1000).toFixed(1)} s`,
    );
  }
  const buildSeconds = (performance.now() - built) / 1000;
  db.pragma('wal_checkpoint(TRUNCATE)');
  const sizeMb = statSync(path).size / 1e6;
  // What each search index costs on disk (its FTS5 shadow tables), from the dbstat table.
  const indexMb = (prefix: string) =>
    Number(
      (
        Number(
          db
            .prepare('SELECT coalesce(sum(pgsize), 0) FROM dbstat WHERE name LIKE ?')
            .pluck()
            .get(`${prefix}%`),
        ) / 1e6
      ).toFixed(1),
    );
  const indexes = { trigramMb: indexMb('story_search'), charsMb: indexMb('story_chars') };
  // The plain scan, to check that the character index changes no result.
  const scan = createSearchRepo(db, { candidateCap: 0 });
  let differing = 0;

  // Queries that hit: words and characters of the vocabulary, and phrases cut from stories.
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const ofLength = (n: number) => VOCABULARY.filter((w) => [...w].length === n);
  const phrase = (n: number) => {
    for (;;) {
      const body = pick(bodies);
      const at = Math.floor(random() * (body.length - n));
      const cut = body.slice(at, at + n);
      if (!/[，。、]/.test(cut)) return cut;
    }
  };
  const queries: Record<string, () => string> = {
    '1': () => pick([...pick(VOCABULARY)]),
    '2': () => pick(ofLength(2)),
    '4': () => pick(ofLength(4)),
    '8': () => phrase(8),
    // Worst case of the fallback: characters in no story, so nothing stops the scan early.
    '1-miss': () => pick([...'鑫龘鱻犇骉麤靐']),
    '2-miss': () => pick(['鑫龘', '鱻犇', '骉麤', '靐鑫']),
  };
  const figures: Record<string, { p50: number; p95: number; hits: number }> = {};
  for (const [label, make] of Object.entries(queries)) {
    for (let i = 0; i < 3; i++) store.search.search({ query: make(), limit: 50 }); // warm up
    const times: number[] = [];
    let hits = 0;
    // A miss scans the whole archive (seconds): a few samples show it.
    const count = label.endsWith('miss') ? 5 : QUERIES;
    for (let i = 0; i < count; i++) {
      const query = make();
      const t0 = performance.now();
      const found = store.search.search({ query, limit: 50 });
      times.push(performance.now() - t0);
      hits += found.length > 0 ? 1 : 0;
      // A miss gives [] either way, and its scan takes seconds: only hits are compared.
      if (found.length > 0 && (label === '1' || label === '2')) {
        const same = scan.search({ query, limit: 50 });
        if (JSON.stringify(same) !== JSON.stringify(found)) differing += 1;
      }
    }
    times.sort((a, b) => a - b);
    figures[label] = { p50: percentile(times, 50), p95: percentile(times, 95), hits };
    log(
      `${label.padEnd(7)} chars: p50 ${figures[label].p50} ms, p95 ${figures[label].p95} ms, ${hits}/${count} queries hit`,
    );
  }
  log(
    `${STORIES} stories, ${(textChars / STORIES).toFixed(0)} body chars each, built in ${buildSeconds.toFixed(1)} s, database ${sizeMb.toFixed(1)} MB (trigram index ${indexes.trigramMb} MB, character index ${indexes.charsMb} MB); ${differing} short queries differ from the plain scan`,
  );
  const result = {
    stories: STORIES,
    avgBodyChars: Math.round(textChars / STORIES),
    buildSeconds: Number(buildSeconds.toFixed(1)),
    dbSizeMb: Number(sizeMb.toFixed(1)),
    ...indexes,
    differing,
    queries: QUERIES,
    ms: figures,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
} finally {
  db.close();
  if (process.env.KEEP) log(`archive kept: ${path}`);
  else rmSync(dir, { recursive: true, force: true });
}
