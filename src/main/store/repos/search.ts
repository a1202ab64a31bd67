import type { SearchHit, SnippetPart } from '../../../shared/contract/wire/story';
import type { StoryStatus } from '../../../shared/model/story';
import type { Db } from '../open-database';
import { createCharIndex, spacedText } from '../search-chars';

export interface SearchQuery {
  query: string;
  limit: number;
  deskDate?: string;
  /** Set for a reporter: only this author's stories (as story.list). */
  authorId?: number;
}

/**
 * Hit markers inside FTS5 snippets, parsed into parts before anything leaves the store.
 * Unicode noncharacters: never meant to occur in interchanged text (unlike the private use
 * area, which newsrooms use for rare characters), so they cannot collide with a story.
 */
const MARK_START = '\uFDD0';
const MARK_END = '\uFDD1';
/** Snippet length; trigram tokens are characters. */
const SNIPPET_CHARS = 40;
/** How many of the newest matches bm25 ranks (see searchFts). */
export const RANK_WINDOW = 2000;
/** Characters shown before the first hit in a fallback snippet. */
const LEAD_CHARS = 12;
/**
 * Most candidates the character index hands to LIKE (see charCandidates). At 100,000 stories
 * LIKE over 3,000 candidates takes about 8 ms; a query in more stories than that meets 50
 * hits within about 1,700 stories of the newest-first scan (11 µs a story), about 20 ms.
 */
export const CANDIDATE_CAP = 3000;

interface Row {
  id: number;
  kicker: string;
  headline: string;
  subhead: string;
  status: StoryStatus;
  desk_date: string;
  author_name: string;
}

/** Trigram matching needs three characters; shorter queries take the LIKE fallback. */
export function isShortQuery(query: string): boolean {
  return [...query].length < 3;
}

/** The query as one FTS5 phrase: quoted, inner quotes doubled, so no FTS syntax gets in. */
export function ftsPhrase(query: string): string {
  return `"${query.replaceAll('"', '""')}"`;
}

/**
 * A short query the character index can narrow: no ASCII in it. A Latin query keeps the
 * plain scan, because LIKE finds `ab` inside a word, which word tokens would not.
 */
export function isCharQuery(query: string): boolean {
  return isShortQuery(query) && [...query].every((ch) => (ch.codePointAt(0) ?? 0) >= 0x80);
}

/** A character query as an FTS5 phrase over `story_chars`: its characters as adjacent tokens. */
export function charsPhrase(query: string): string {
  return ftsPhrase(spacedText(query).trim().split(/\s+/).join(' '));
}

/** The query as a LIKE substring pattern, with `\` as the ESCAPE character. */
export function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Splits a marked snippet into parts; drops stray markers so no marker reaches the renderer. */
export function parseMarked(marked: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let hit = false;
  let text = '';
  const flush = () => {
    if (text) parts.push({ text: text.replace(/\s*\n\s*/g, ' '), hit });
    text = '';
  };
  for (const ch of marked) {
    if (ch === MARK_START || ch === MARK_END) {
      flush();
      hit = ch === MARK_START;
    } else text += ch;
  }
  flush();
  return parts;
}

/** ASCII-only case folding, as SQLite's LIKE does. */
function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/** A fallback snippet: a window around the first hit with every hit in it marked. */
export function likeSnippet(text: string, query: string): SnippetPart[] {
  const chars = [...text];
  const needle = [...foldAscii(query)];
  const folded = chars.map(foldAscii);
  const hits: number[] = [];
  for (let i = 0; i + needle.length <= folded.length; i++) {
    if (needle.every((c, k) => folded[i + k] === c)) hits.push(i);
  }
  const first = hits[0] ?? 0;
  const start = Math.max(0, Math.min(first - LEAD_CHARS, chars.length - SNIPPET_CHARS));
  const end = Math.min(chars.length, start + SNIPPET_CHARS);
  let marked = start > 0 ? '…' : '';
  let at = start;
  for (const hit of hits) {
    if (hit < at || hit + needle.length > end) continue;
    marked += chars.slice(at, hit).join('') + MARK_START;
    marked += chars.slice(hit, hit + needle.length).join('') + MARK_END;
    at = hit + needle.length;
  }
  marked += chars.slice(at, end).join('') + (end < chars.length ? '…' : '');
  return parseMarked(marked);
}

function filters(q: SearchQuery, alias: string): string {
  return [
    q.authorId === undefined ? '' : ` AND ${alias}author_id = @authorId`,
    q.deskDate === undefined ? '' : ` AND ${alias}desk_date = @deskDate`,
  ].join('');
}

/** Whether the LIKE pattern is in the headline stack (kicker, headline, subhead). */
function headLike(alias: string): string {
  const like = (column: string) => `${alias}${column} LIKE @pattern ESCAPE '\\'`;
  return `(${like('kicker')} OR ${like('headline')} OR ${like('subhead')})`;
}

export interface SearchRepoOptions {
  /** Overrides CANDIDATE_CAP; 0 sends every character query that hits to the scan (tests). */
  candidateCap?: number;
}

export function createSearchRepo(db: Db, options: SearchRepoOptions = {}) {
  const cap = options.candidateCap ?? CANDIDATE_CAP;
  const chars = createCharIndex(db);
  const cache = new Map<string, ReturnType<Db['prepare']>>();
  function prepared(sql: string) {
    let statement = cache.get(sql);
    if (!statement) {
      statement = db.prepare(sql);
      cache.set(sql, statement);
    }
    return statement;
  }
  const SELECT_ROW = `SELECT s.id, s.kicker, s.headline, s.subhead, s.status, s.desk_date,
    p.name AS author_name`;

  function toHit(row: Row, snippet: SnippetPart[], score: number): SearchHit {
    return {
      id: row.id,
      headline: row.headline,
      kicker: row.kicker,
      subhead: row.subhead,
      status: row.status,
      deskDate: row.desk_date,
      authorName: row.author_name,
      snippet,
      score,
    };
  }

  /**
   * Three characters or more: the trigram index, bm25 best first, FTS5 snippets. bm25 costs
   * per matching row, and a common word matches half the archive (235 ms at 100,000 stories),
   * so it ranks the newest RANK_WINDOW matches (by id, i.e. filing order), which FTS5 walks
   * in rowid order and stops early.
   */
  function searchFts(q: SearchQuery): SearchHit[] {
    const unfiltered = q.authorId === undefined && q.deskDate === undefined;
    const newest = unfiltered
      ? 'SELECT rowid AS id, rank FROM story_search WHERE story_search MATCH @match'
      : `SELECT f.rowid AS id, f.rank AS rank FROM story_search f JOIN stories s ON s.id = f.rowid
         WHERE f.story_search MATCH @match${filters(q, 's.')}`;
    const snippet = (column: number) =>
      `snippet(story_search, ${column}, '${MARK_START}', '${MARK_END}', '…', ${SNIPPET_CHARS})`;
    // Rank first, snippets after: snippet() only runs for the rows that are returned.
    const sql = `WITH top AS (SELECT id, rank FROM (${newest} ORDER BY id DESC LIMIT ${RANK_WINDOW})
        ORDER BY rank LIMIT @limit)
      ${SELECT_ROW}, top.rank AS rank, ${snippet(3)} AS body_snippet, ${snippet(-1)} AS best_snippet
      FROM top CROSS JOIN story_search ON story_search.rowid = top.id
      JOIN stories s ON s.id = top.id JOIN profiles p ON p.id = s.author_id
      WHERE story_search MATCH @match ORDER BY top.rank, s.id`;
    const rows = prepared(sql).all({ ...params(q), match: ftsPhrase(q.query) }) as (Row & {
      rank: number;
      body_snippet: string;
      best_snippet: string;
    })[];
    return rows.map((row) => {
      const marked = row.body_snippet.includes(MARK_START) ? row.body_snippet : row.best_snippet;
      return toHit(row, parseMarked(marked), -row.rank);
    });
  }

  /**
   * One or two characters: LIKE over the same text. Headline-stack hits first, then body hits,
   * each newest first. A query of non-ASCII characters first asks `story_chars` (migration
   * 004) which stories can hold it; when few can, LIKE runs over those alone (a miss costs an
   * index lookup). Otherwise, and for Latin queries, both parts scan newest first and stop at
   * the limit, so a common character costs a few dozen rows, not the archive. Both ways give
   * the same hits in the same order: the index only ever adds candidates, LIKE decides.
   */
  function searchLike(q: SearchQuery): SearchHit[] {
    const candidates = charCandidates(q.query);
    const [heads, bodies] = candidates ? likeAmong(q, candidates) : likeScan(q);
    const detail = prepared(
      `${SELECT_ROW}, f.body FROM stories s JOIN profiles p ON p.id = s.author_id
       JOIN story_search f ON f.rowid = s.id WHERE s.id = ?`,
    );
    const inHeads = new Set(heads);
    return [...heads, ...bodies].flatMap((id) => {
      const row = detail.get(id) as (Row & { body: string }) | undefined;
      if (!row) return [];
      const head = inHeads.has(id);
      const source = head ? headText(row, q.query) : row.body;
      return [toHit(row, likeSnippet(source, q.query), head ? 2 : 1)];
    });
  }

  /** Every story that may hold the query, if it is a character query and they are few. */
  function charCandidates(query: string): number[] | undefined {
    if (!isCharQuery(query)) return undefined;
    if (!db.readonly) chars.sync(); // a story changed outside the store since it opened
    const ids = prepared('SELECT rowid FROM story_chars WHERE story_chars MATCH ? LIMIT ?')
      .pluck()
      .all(charsPhrase(query), cap + 1) as number[];
    return ids.length > cap ? undefined : ids;
  }

  /** The scan: headline stack from the small covering index, then bodies, newest first. */
  function likeScan(q: SearchQuery): [number[], number[]] {
    const p = params(q);
    const order = 'ORDER BY updated_at DESC, id DESC LIMIT @limit';
    const heads = prepared(
      `SELECT id FROM stories INDEXED BY stories_search_recent
       WHERE ${headLike('')}${filters(q, '')} ${order}`,
    )
      .pluck()
      .all(p) as number[];
    const bodies =
      heads.length >= q.limit
        ? []
        : (prepared(
            `SELECT s.id FROM stories s INDEXED BY stories_search_recent
             CROSS JOIN story_search f ON f.rowid = s.id
             WHERE f.body LIKE @pattern ESCAPE '\\' AND NOT ${headLike('s.')}
             ${filters(q, 's.')} ORDER BY s.updated_at DESC, s.id DESC LIMIT @limit`,
          )
            .pluck()
            .all({ ...p, limit: q.limit - heads.length }) as number[]);
    return [heads, bodies];
  }

  /** The same two parts over the candidates only: bodies read newest first up to the limit. */
  function likeAmong(q: SearchQuery, candidates: number[]): [number[], number[]] {
    if (candidates.length === 0) return [[], []];
    const p = { ...params(q), ids: JSON.stringify(candidates) };
    const among = `id IN (SELECT value FROM json_each(@ids))${filters(q, '')}`;
    const order = 'ORDER BY updated_at DESC, id DESC';
    const heads = prepared(
      `SELECT id FROM stories WHERE ${among} AND ${headLike('')} ${order} LIMIT @limit`,
    )
      .pluck()
      .all(p) as number[];
    const bodies: number[] = [];
    if (heads.length >= q.limit) return [heads, bodies];
    const rest = prepared(`SELECT id FROM stories WHERE ${among} AND NOT ${headLike('')} ${order}`)
      .pluck()
      .all(p) as number[];
    const inBody = prepared(
      `SELECT 1 FROM story_search WHERE rowid = ? AND body LIKE ? ESCAPE '\\'`,
    ).pluck();
    for (const id of rest) {
      if (heads.length + bodies.length >= q.limit) break;
      if (inBody.get(id, p.pattern) !== undefined) bodies.push(id);
    }
    return [heads, bodies];
  }

  function params(q: SearchQuery) {
    return {
      limit: q.limit,
      pattern: likePattern(q.query),
      ...(q.authorId === undefined ? {} : { authorId: q.authorId }),
      ...(q.deskDate === undefined ? {} : { deskDate: q.deskDate }),
    };
  }

  return {
    /** Best first; at most `limit` hits. */
    search(q: SearchQuery): SearchHit[] {
      const query = q.query.trim();
      if (!query) return [];
      const trimmed = { ...q, query };
      return isShortQuery(query) ? searchLike(trimmed) : searchFts(trimmed);
    },
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;

/** The headline-stack field that holds the hit (LIKE found one of them). */
function headText(row: Row, query: string): string {
  const needle = foldAscii(query);
  return (
    [row.headline, row.kicker, row.subhead].find((t) => foldAscii(t).includes(needle)) ??
    row.headline
  );
}
