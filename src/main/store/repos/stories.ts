import type { Story, StoryFields, StoryStatus, StorySummary } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';
import { storyChars } from '../../../shared/story/story-chars';
import type { Db } from '../open-database';
import { readStoredDocument } from './story-document';

interface StoryRow {
  id: number;
  author_id: number;
  author_name: string;
  desk_date: string;
  status: StoryStatus;
  priority: Story['priority'];
  section: string;
  kicker: string;
  headline: string;
  subhead: string;
  byline: string;
  dateline: string;
  document: string;
  spiked_from: StoryStatus | null;
  chars: number;
  version: number;
  created_at: string;
  updated_at: string;
}

const SELECT = `SELECT stories.*, profiles.name AS author_name FROM stories
  JOIN profiles ON profiles.id = stories.author_id`;

/** The desk's list adds who holds the edit lock (migration 003). */
const SELECT_DESK = `SELECT stories.*, profiles.name AS author_name, holder.name AS lock_holder,
  (SELECT pages.number FROM placements JOIN pages ON pages.id = placements.page_id
    WHERE placements.story_id = stories.id ORDER BY pages.issue_id DESC LIMIT 1) AS page
  FROM stories JOIN profiles ON profiles.id = stories.author_id
  LEFT JOIN story_locks ON story_locks.story_id = stories.id
  LEFT JOIN profiles AS holder ON holder.id = story_locks.holder_id`;

/** Workflow order, so the desk reads like the day's budget: drafts first, spiked last. */
const STATUS_ORDER = `CASE stories.status WHEN 'draft' THEN 0 WHEN 'filed' THEN 1
  WHEN 'edited' THEN 2 WHEN 'reviewed' THEN 3 WHEN 'signed-off' THEN 4 ELSE 5 END`;

export interface StoryListFilter {
  deskDate?: string | undefined;
  status?: StoryStatus | undefined;
  authorId?: number | undefined;
  /** Substring of the headline. */
  text?: string | undefined;
}

/** A desk row: the summary plus the page it is placed on (latest issue) and its lock. */
export type DeskRow = StorySummary & { page: number | null; lockHolder: string | null };

const likePattern = (text: string) => `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

function toSummary(row: StoryRow): StorySummary {
  return {
    id: row.id,
    status: row.status,
    authorId: row.author_id,
    authorName: row.author_name,
    deskDate: row.desk_date,
    priority: row.priority,
    section: row.section,
    kicker: row.kicker,
    headline: row.headline,
    subhead: row.subhead,
    byline: row.byline,
    dateline: row.dateline,
    chars: row.chars,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function createStoriesRepo(db: Db) {
  const byId = db.prepare<[number], StoryRow>(`${SELECT} WHERE stories.id = ?`);
  const insert = db.prepare(`INSERT INTO stories (author_id, desk_date, status, priority, section,
    kicker, headline, subhead, byline, dateline, document, chars, version, created_at, updated_at)
    VALUES (@authorId, @deskDate, 'draft', @priority, @section, @kicker, @headline, @subhead,
    @byline, @dateline, @document, @chars, 1, @at, @at)`);
  const update = db.prepare(`UPDATE stories SET priority = @priority, section = @section,
    kicker = @kicker, headline = @headline, subhead = @subhead, byline = @byline,
    dateline = @dateline, document = @document, chars = @chars, version = version + 1,
    updated_at = @at WHERE id = @id`);
  const updateStatus = db.prepare(`UPDATE stories SET status = @status,
    spiked_from = @spikedFrom, version = version + 1, updated_at = @at WHERE id = @id`);
  const insertRevision = db.prepare(`INSERT INTO story_revisions
    (story_id, version, author_id, status, fields, document, created_at)
    SELECT id, version, ?, status, ?, document, ? FROM stories WHERE id = ?`);

  function columns(fields: StoryFields, document: StoryDocument) {
    return {
      priority: fields.priority,
      section: fields.section,
      kicker: fields.kicker,
      headline: fields.headline,
      subhead: fields.subhead,
      byline: fields.byline,
      dateline: fields.dateline,
      document: JSON.stringify(document),
      chars: storyChars(fields, document),
    };
  }
  // Named keys, not a spread: a whole Story may be passed (a status change keeps its text).
  function headerJson(fields: StoryFields): string {
    const { kicker, headline, subhead, byline, dateline, section, priority } = fields;
    return JSON.stringify({ priority, section, kicker, headline, subhead, byline, dateline });
  }
  function get(id: number): Story | undefined {
    const row = byId.get(id);
    return row && { ...toSummary(row), document: readStoredDocument(row.document, id) };
  }

  return {
    get,
    list(filter: StoryListFilter): DeskRow[] {
      const conditions: [string, string | number | undefined][] = [
        ['stories.desk_date = ?', filter.deskDate],
        ['stories.status = ?', filter.status],
        ['stories.author_id = ?', filter.authorId],
        ["stories.headline LIKE ? ESCAPE '\\'", filter.text && likePattern(filter.text)],
      ];
      const used = conditions.filter(([, value]) => value !== undefined && value !== '');
      const where = used.map(([sql]) => sql);
      const params = used.map(([, value]) => value as string | number);
      const sql = `${SELECT_DESK} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
        ORDER BY ${STATUS_ORDER}, stories.updated_at DESC, stories.id DESC`;
      return db
        .prepare<
          (string | number)[],
          StoryRow & { lock_holder: string | null; page: number | null }
        >(sql)
        .all(...params)
        .map((row) => ({ ...toSummary(row), page: row.page, lockHolder: row.lock_holder }));
    },
    /** The workflow state beyond the Story: its status and the status it had before a spike. */
    workflow(id: number): { status: StoryStatus; spikedFrom: StoryStatus | null } | undefined {
      const row = byId.get(id);
      return row && { status: row.status, spikedFrom: row.spiked_from };
    },
    /** Moves the story to a status as a new version, recorded as a revision with that status. */
    setStatus(
      id: number,
      status: StoryStatus,
      spikedFrom: StoryStatus | null,
      actorId: number,
      at: string,
    ): void {
      const story = get(id);
      if (!story) throw new Error(`story ${id} vanished`);
      updateStatus.run({ id, status, spikedFrom, at });
      insertRevision.run(actorId, headerJson(story), at, id);
    },
    /** Inserts the story and its first revision. */
    create(
      fields: StoryFields,
      document: StoryDocument,
      authorId: number,
      deskDate: string,
      at: string,
    ): number {
      const row = { ...columns(fields, document), authorId, deskDate, at };
      const id = Number(insert.run(row).lastInsertRowid);
      insertRevision.run(authorId, headerJson(fields), at, id);
      return id;
    },
    /** Writes the new current version and appends it as a revision. */
    save(
      id: number,
      fields: StoryFields,
      document: StoryDocument,
      actorId: number,
      at: string,
    ): void {
      update.run({ ...columns(fields, document), id, at });
      insertRevision.run(actorId, headerJson(fields), at, id);
    },
  };
}
export type StoriesRepo = ReturnType<typeof createStoriesRepo>;
