/**
 * The database of `bench:year` (issue 16.4): a year of a four-page daily — 365 issues of four
 * pages, 40,000 stories over the year's desk dates, each with two revisions, and six stories
 * placed on every page. Built once and cached under /tmp (keyed by the schema, since an older
 * build refuses a newer file). Stories and revisions are written with direct SQL in batches
 * (the triggers index every row as they do for the app's writes); issues and placements go
 * through the desk's handlers, as the app makes them. `days` = 1 gives the peer: one day of
 * the same paper.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { openDesk } from '../../src/main/desk/open-desk';
import { SCHEMA_VERSION } from '../../src/main/store/migrations';
import { openDatabase } from '../../src/main/store/open-database';
import { seedDatabase } from '../e2e/app-host';
import { prng, story } from './search-corpus';

export const YEAR_EDITOR = '年编辑';
export const YEAR_DAYS = 365;
export const YEAR_STORIES = 40_000;
export const PAGES = 4;
export const PER_PAGE = 6;
/** The year's last day: the bench works on it, as a desk works on today. */
export const LAST_DAY = '2026-12-31';
const CACHE = '/tmp/newsdesk-year';

/** The desk date `back` days before LAST_DAY. */
export function dayBefore(back: number): string {
  const d = new Date(`${LAST_DAY}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() - back);
  return d.toISOString().slice(0, 10);
}

/** A copy of the cached database of `days` days in `dir` (built first when missing). */
export async function yearDatabase(
  dir: string,
  days: number,
): Promise<{ path: string; built: number | null }> {
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, `v1-s${SCHEMA_VERSION}-d${days}.sqlite`);
  let built: number | null = null;
  if (!existsSync(cached)) {
    const started = performance.now();
    const tmp = `${cached}.${process.pid}.tmp`;
    await build(tmp, days);
    renameSync(tmp, cached);
    built = performance.now() - started;
  }
  const path = join(dir, `year-${days}.sqlite`);
  copyFileSync(cached, path);
  return { path, built };
}

async function build(path: string, days: number): Promise<void> {
  const profiles = await seedDatabase(path, [
    { name: YEAR_EDITOR, role: 'editor' },
    ...Array.from({ length: 20 }, (_, i) => ({ name: `记者${i + 1}`, role: 'reporter' as const })),
  ]);
  const editor = profiles.find((p) => p.name === YEAR_EDITOR)?.id ?? 1;
  const authors = profiles.filter((p) => p.role === 'reporter').map((p) => p.id);
  const perDay = Math.round(YEAR_STORIES / YEAR_DAYS);
  const db = openDatabase(path);
  const random = prng(20261206);
  const insert = db.prepare(`INSERT INTO stories (author_id, desk_date, status, priority,
    section, kicker, headline, subhead, document, chars, version, created_at, updated_at)
    VALUES (?, ?, 'signed-off', ?, ?, ?, ?, ?, ?, ?, 2, ?, ?)`);
  // Two revisions: the reporter's filed copy (one paragraph short) and the signed-off one.
  const revision = db.prepare(`INSERT INTO story_revisions
    (story_id, version, author_id, status, fields, document, created_at)
    VALUES (?, ?, ?, ?, json_object('headline', ?), ?, ?)`);
  const sections = ['要闻', '城市', '经济', '文体', '国际', '评论'];
  const priorities = ['lead', 'normal', 'normal', 'normal', 'brief', 'brief'];
  const placed = new Map<string, number[]>();
  for (let day = days - 1; day >= 0; day--) {
    const date = dayBefore(day);
    const ids: number[] = [];
    db.transaction(() => {
      for (let i = 0; i < perDay; i++) {
        const s = story(random);
        const at = new Date(`${date}T08:00:00Z`).getTime() + i * 60_000;
        const body = (paragraphs: string[]) =>
          JSON.stringify({
            version: 1,
            body: paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
          });
        const final = body(s.paragraphs);
        const author = authors[i % authors.length] as number;
        const id = Number(
          insert.run(
            author,
            date,
            priorities[i % priorities.length],
            sections[i % sections.length],
            s.kicker,
            s.headline,
            s.subhead,
            final,
            s.paragraphs.reduce((n, p) => n + [...p].length, 0),
            new Date(at).toISOString(),
            new Date(at + 3_600_000).toISOString(),
          ).lastInsertRowid,
        );
        const filed = body(s.paragraphs.slice(0, -1));
        revision.run(id, 1, author, 'filed', s.headline, filed, new Date(at).toISOString());
        const signed = new Date(at + 3_600_000).toISOString();
        revision.run(id, 2, editor, 'signed-off', s.headline, final, signed);
        ids.push(id);
      }
    })();
    placed.set(date, ids.slice(0, PAGES * PER_PAGE));
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const desk = openDesk({ dbPath: path });
  try {
    const call = async (name: string, args: unknown) => {
      const reply = await desk.call(name as never, args as never, { actorId: editor });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    };
    for (const [date, ids] of placed) {
      await call('issue.create', { date });
      for (const [k, storyId] of ids.entries()) {
        await call('placement.assign', { storyId, date, page: 1 + Math.floor(k / PER_PAGE) });
      }
    }
  } finally {
    desk.close();
  }
}
