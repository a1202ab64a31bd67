import type { DeskRow, StorySort } from '../../../shared/contract/wire/story';
import type { StoryStatus } from '../../../shared/model/story';
import type { Db } from '../open-database';
import { type StoryRow, toSummary } from './story-row';

export interface StoryPageQuery {
  deskDate?: string | undefined;
  status?: StoryStatus | undefined;
  authorId?: number | undefined;
  /** Substring of the headline. */
  text?: string | undefined;
  /** Not placed in this date's issue, and not spiked. */
  unplacedOn?: string | undefined;
  id?: number | undefined;
  /** Start one row before this story (its neighbours), when it is in the list. */
  near?: number | undefined;
  sort: StorySort;
  descending: boolean;
  offset: number;
  /** Null: every row (story.list). */
  limit: number | null;
}

// The page of each story in its latest issue, computed once per query from the placements
// (a join, not a lookup per row: placements has no index on story_id). SQLite takes the
// bare column `number` from the row holding MAX(issue_id).
const LATEST_PAGE = `latest_page AS (
  SELECT placements.story_id, pages.number AS page, MAX(pages.issue_id)
  FROM placements JOIN pages ON pages.id = placements.page_id GROUP BY placements.story_id)`;

const FROM = `FROM stories JOIN profiles ON profiles.id = stories.author_id
  LEFT JOIN latest_page ON latest_page.story_id = stories.id
  LEFT JOIN story_locks ON story_locks.story_id = stories.id
  LEFT JOIN profiles AS holder ON holder.id = story_locks.holder_id`;

/** Workflow order, so the desk reads like the day's budget: drafts first, spiked last. */
const STATUS_ORDER = `CASE stories.status WHEN 'draft' THEN 0 WHEN 'filed' THEN 1
  WHEN 'edited' THEN 2 WHEN 'reviewed' THEN 3 WHEN 'signed-off' THEN 4 ELSE 5 END`;
const PRIORITY_ORDER = `CASE stories.priority WHEN 'lead' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END`;

/** The ORDER BY keys of each sort; the last key breaks ties so pages never overlap. */
const SORT_KEYS: Record<StorySort, string[]> = {
  workflow: [STATUS_ORDER, 'stories.updated_at DESC'],
  // Unplaced stories after the placed ones, whichever way.
  page: ['latest_page.page IS NULL', 'latest_page.page'],
  priority: [PRIORITY_ORDER],
  section: ["stories.section = ''", 'stories.section'],
  headline: ['stories.headline'],
  chars: ['stories.chars'],
  status: [STATUS_ORDER],
  author: ['profiles.name'],
  updated: ['stories.updated_at'],
};

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function orderBy(sort: StorySort, descending: boolean): string {
  const flip = (key: string) => {
    if (!descending || key.endsWith(' IS NULL') || key.endsWith(" = ''")) return key;
    return key.endsWith(' DESC') ? key.slice(0, -5) : `${key} DESC`;
  };
  return [...SORT_KEYS[sort].map(flip), descending ? 'stories.id' : 'stories.id DESC'].join(', ');
}

export function where(query: StoryPageQuery): { sql: string; params: (string | number)[] } {
  const conditions: [string, string | number | undefined][] = [
    ['stories.desk_date = ?', query.deskDate],
    ['stories.status = ?', query.status],
    ['stories.author_id = ?', query.authorId],
    ["stories.headline LIKE ? ESCAPE '\\'", query.text ? likePattern(query.text) : undefined],
    ['stories.id = ?', query.id],
    [
      `stories.status <> 'spiked' AND stories.id NOT IN (SELECT placements.story_id
        FROM placements JOIN pages ON pages.id = placements.page_id
        JOIN issues ON issues.id = pages.issue_id WHERE issues.date = ?)`,
      query.unplacedOn,
    ],
  ];
  const used = conditions.filter(([, value]) => value !== undefined && value !== '');
  return {
    sql: used.length ? `WHERE ${used.map(([sql]) => sql).join(' AND ')}` : '',
    params: used.map(([, value]) => value as string | number),
  };
}

type PageRow = StoryRow & { lock_holder: string | null; page: number | null };

/**
 * A list's stories and what its order needs, for the id queries: the WITH clause (only a
 * sort by page joins the placements) and the FROM … WHERE of the filter.
 */
function listSource(sort: StorySort, filterSql: string): { prefix: string; from: string } {
  const byPage = sort === 'page';
  return {
    prefix: byPage ? `WITH ${LATEST_PAGE}` : '',
    from: `FROM stories JOIN profiles ON profiles.id = stories.author_id
      ${byPage ? 'LEFT JOIN latest_page ON latest_page.story_id = stories.id' : ''}
      ${filterSql}`,
  };
}

/** The ids of one page of a story list, in order (parameters: the filter's, limit, offset). */
export function deskIdsSql(query: Pick<StoryPageQuery, 'sort' | 'descending'>, filterSql: string) {
  const { prefix, from } = listSource(query.sort, filterSql);
  return `${prefix} SELECT stories.id ${from}
    ORDER BY ${orderBy(query.sort, query.descending)} LIMIT ? OFFSET ?`;
}

/**
 * Two steps: the ids of the page, sorted from the covering index stories_desk_list (no
 * document is read, whatever the desk's size), then those rows in full.
 */
export function createStoryPages(db: Db) {
  const pickIds = (query: StoryPageQuery, filter: ReturnType<typeof where>): number[] =>
    db
      .prepare<(string | number)[], { id: number }>(deskIdsSql(query, filter.sql))
      .all(...filter.params, query.limit ?? -1, query.offset)
      .map((row) => row.id);

  const readRows = (ids: number[]): DeskRow[] => {
    if (ids.length === 0) return [];
    const rows = db
      .prepare<[string], PageRow>(
        `WITH ${LATEST_PAGE} SELECT stories.id, stories.author_id, stories.desk_date,
          stories.status, stories.priority, stories.section, stories.kicker,
          stories.headline, stories.subhead, stories.byline, stories.dateline,
          stories.spiked_from, stories.chars, stories.version, stories.created_at,
          stories.updated_at, profiles.name AS author_name, holder.name AS lock_holder,
          latest_page.page AS page
        ${FROM} WHERE stories.id IN (SELECT value FROM json_each(?))`,
      )
      .all(JSON.stringify(ids));
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => {
      const row = byId.get(id);
      return row ? [{ ...toSummary(row), page: row.page, lockHolder: row.lock_holder }] : [];
    });
  };

  /** Where a story stands in the list (0 first), or null when it is not in it. */
  const position = (query: StoryPageQuery, filter: ReturnType<typeof where>, id: number) => {
    const { prefix, from } = listSource(query.sort, filter.sql);
    const found = db
      .prepare<(string | number)[], { at: number }>(
        `${prefix} SELECT at FROM (SELECT stories.id AS id,
          ROW_NUMBER() OVER (ORDER BY ${orderBy(query.sort, query.descending)}) - 1 AS at
          ${from}) WHERE id = ?`,
      )
      .get(...filter.params, id);
    return found ? found.at : null;
  };

  return {
    /** The rows from `offset` (or around `near`), in the asked order, and how many match. */
    page(query: StoryPageQuery): { total: number; offset: number; rows: DeskRow[] } {
      const filter = where(query);
      const at = query.near === undefined ? null : position(query, filter, query.near);
      const offset = at === null ? query.offset : Math.max(0, at - 1);
      const rows = readRows(pickIds({ ...query, offset }, filter));
      const total =
        query.limit === null && offset === 0
          ? rows.length
          : (db
              .prepare<(string | number)[], { n: number }>(
                `SELECT COUNT(*) AS n FROM stories ${filter.sql}`,
              )
              .get(...filter.params)?.n ?? 0);
      return { total, offset, rows };
    },
  };
}
