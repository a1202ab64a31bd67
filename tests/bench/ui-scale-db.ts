/**
 * The database of `bench:ui-scale`, built once and cached under /tmp (keyed by the desk date,
 * since the desk opens on today, and the schema, since an older build refuses a newer file): 10,000 stories on today's desk with a first revision each,
 * 50 on yesterday's (the peer), three stories of 50, 1,000 and 10,000 paragraphs to type in,
 * and today's issue of four pages. Written with direct SQL in batches: the triggers index
 * every row as they do for the app's writes.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { openDesk } from '../../src/main/desk/open-desk';
import { SCHEMA_VERSION } from '../../src/main/store/migrations';
import { openDatabase } from '../../src/main/store/open-database';
import { todayDeskDate } from '../../src/renderer/src/lib/dates';
import { seedDatabase } from '../e2e/app-host';
import { prng, story } from './search-corpus';

export const EDITOR = '张编辑';
export const DESK_STORIES = 10_000;
export const PEER_STORIES = 50;
export const TYPING_SIZES = [50, 1_000, 3_300, 10_000] as const;
export const TYPING_DATE = '2020-01-01';
const CACHE = '/tmp/newsdesk-ui-scale';

export function yesterday(): string {
  const d = new Date();
  d.setDate(d.getDate() - 1);
  return todayDeskDate(d);
}

export const typingHeadline = (paragraphs: number) => `长稿 ${paragraphs} 段`;

/** A copy of the cached database in `dir` (built first when missing). */
export async function benchDatabase(dir: string): Promise<{ path: string; built: number | null }> {
  mkdirSync(CACHE, { recursive: true });
  const cached = join(CACHE, `v2-s${SCHEMA_VERSION}-${todayDeskDate()}.sqlite`);
  let built: number | null = null;
  if (!existsSync(cached)) {
    const started = performance.now();
    const tmp = `${cached}.${process.pid}.tmp`;
    await build(tmp);
    renameSync(tmp, cached);
    built = performance.now() - started;
  }
  const path = join(dir, 'newsdesk.sqlite');
  copyFileSync(cached, path);
  return { path, built };
}

export function sizeMb(path: string): number {
  return Number((statSync(path).size / 1e6).toFixed(1));
}

async function build(path: string): Promise<void> {
  const profiles = await seedDatabase(path, [
    { name: EDITOR, role: 'editor' },
    ...Array.from({ length: 12 }, (_, i) => ({ name: `记者${i + 1}`, role: 'reporter' as const })),
  ]);
  const authors = profiles.filter((p) => p.role === 'reporter').map((p) => p.id);
  const db = openDatabase(path);
  const random = prng(20261204);
  const insert = db.prepare(`INSERT INTO stories (author_id, desk_date, status, priority,
    section, kicker, headline, subhead, document, chars, version, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?)`);
  const revision = db.prepare(`INSERT INTO story_revisions
    (story_id, version, author_id, status, fields, document, created_at)
    SELECT id, 1, author_id, status, json_object('headline', headline), document, created_at
    FROM stories WHERE id = ?`);
  const statuses = ['draft', 'filed', 'edited', 'reviewed', 'signed-off'];
  const sections = ['要闻', '城市', '经济', '文体', '国际', ''];
  const priorities = ['lead', 'normal', 'normal', 'brief'];
  const add = (
    date: string,
    i: number,
    paragraphs: string[],
    headline: string,
    s = story(random),
  ) => {
    const at = new Date(Date.now() - i * 7_000).toISOString();
    const document = {
      version: 1,
      body: paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
    };
    const chars = paragraphs.reduce((n, p) => n + [...p].length, 0);
    const id = insert.run(
      authors[i % authors.length],
      date,
      statuses[i % statuses.length],
      priorities[i % priorities.length],
      sections[i % sections.length],
      s.kicker,
      headline,
      s.subhead,
      JSON.stringify(document),
      chars,
      at,
      at,
    ).lastInsertRowid;
    revision.run(id);
  };
  const fill = (date: string, count: number) => {
    for (let first = 0; first < count; first += 2000) {
      db.transaction(() => {
        for (let i = first; i < Math.min(count, first + 2000); i++) {
          const s = story(random);
          add(date, i, s.paragraphs, s.headline, s);
        }
      })();
    }
  };
  fill(todayDeskDate(), DESK_STORIES);
  fill(yesterday(), PEER_STORIES);
  db.transaction(() => {
    for (const size of TYPING_SIZES) {
      const paragraphs: string[] = [];
      while (paragraphs.length < size) paragraphs.push(...story(random).paragraphs);
      add(TYPING_DATE, 0, paragraphs.slice(0, size), typingHeadline(size));
    }
  })();
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  const desk = openDesk({ dbPath: path });
  try {
    const admin = profiles[0]?.id ?? 1;
    const reply = await desk.call('issue.create', { date: todayDeskDate() }, { actorId: admin });
    if (!reply.ok) throw new Error(`issue.create: ${reply.error.message}`);
  } finally {
    desk.close();
  }
}
