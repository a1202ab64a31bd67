import {
  defaultPageName,
  type IssueSummary,
  type Page,
  type Placement,
} from '../../../shared/model/issue';
import type { PaperSettings } from '../../../shared/model/paper-size';
import { type Language, SETTING_SCHEMAS } from '../../../shared/model/settings';
import type { Priority } from '../../../shared/model/story';
import type { Db } from '../open-database';

interface IssueRow {
  id: number;
  date: string;
  number: number;
  page_count: number;
  created_at: string;
}

interface PlacementRow {
  story_id: number;
  headline: string;
  status: Placement['status'];
  author_id: number;
  priority: Priority;
  page: number;
  jump_to: number | null;
}

/** A placement plus who wrote the story, so handlers can hide others' stories from a reporter. */
export type StoredPlacement = Placement & { authorId: number };

export type PageFields = Partial<Pick<Page, 'name' | 'editor' | 'designer' | 'proofreader'>>;

const toSummary = (row: IssueRow): IssueSummary => ({
  id: row.id,
  date: row.date,
  number: row.number,
  pageCount: row.page_count,
  createdAt: row.created_at,
});

const toPlacement = (row: PlacementRow): StoredPlacement => ({
  storyId: row.story_id,
  headline: row.headline,
  status: row.status,
  priority: row.priority,
  page: row.page,
  jumpTo: row.jump_to,
  authorId: row.author_id,
});

const PLACEMENTS = `SELECT placements.story_id, stories.headline, stories.status, stories.author_id,
    placements.priority, pages.number AS page, placements.jump_to
  FROM placements JOIN pages ON pages.id = placements.page_id
  JOIN stories ON stories.id = placements.story_id WHERE pages.issue_id = ?`;
const PRIORITY_ORDER = `CASE placements.priority WHEN 'lead' THEN 0 WHEN 'normal' THEN 1 ELSE 2 END`;

/** Issues (one per date), their pages and the placements of stories on them (migration 001). */
export function createIssuesRepo(db: Db) {
  const byDate = db.prepare<[string], IssueRow>('SELECT * FROM issues WHERE date = ?');
  const before = db.prepare<[string], IssueRow>(
    'SELECT * FROM issues WHERE date < ? ORDER BY date DESC LIMIT 1',
  );
  const all = db.prepare<[], IssueRow>('SELECT * FROM issues ORDER BY date DESC');
  const insertIssue = db.prepare(
    'INSERT INTO issues (date, number, page_count, created_at) VALUES (?, ?, ?, ?)',
  );
  const setNumber = db.prepare('UPDATE issues SET number = ? WHERE id = ?');
  const setPageCount = db.prepare('UPDATE issues SET page_count = ? WHERE id = ?');
  const insertPage = db.prepare('INSERT INTO pages (issue_id, number, name) VALUES (?, ?, ?)');
  const dropPages = db.prepare('DELETE FROM pages WHERE issue_id = ? AND number > ?');
  const pages = db.prepare<[number], Page>(
    `SELECT number, name, editor, designer, proofreader FROM pages
     WHERE issue_id = ? ORDER BY number`,
  );
  const page = db.prepare<[number, number], Page & { id: number }>(
    'SELECT id, number, name, editor, designer, proofreader FROM pages WHERE issue_id = ? AND number = ?',
  );
  const updatePage = db.prepare(`UPDATE pages SET name = @name, editor = @editor,
    designer = @designer, proofreader = @proofreader WHERE id = @id`);
  const placements = db.prepare<[number], PlacementRow>(
    `${PLACEMENTS} ORDER BY pages.number, ${PRIORITY_ORDER}, placements.id`,
  );
  const placementOf = db.prepare<[number, number], PlacementRow & { id: number }>(
    `${PLACEMENTS.replace('SELECT ', 'SELECT placements.id, ')} AND placements.story_id = ?`,
  );
  const insertPlacement = db.prepare(
    'INSERT INTO placements (page_id, story_id, priority, jump_to) VALUES (?, ?, ?, ?)',
  );
  // A move to another page drops the module: its geometry belonged to the old page.
  const movePlacement = db.prepare(`UPDATE placements SET
    module = CASE WHEN page_id = @pageId THEN module ELSE '{}' END,
    page_id = @pageId, priority = @priority, jump_to = @jumpTo WHERE id = @id`);
  const removePlacement = db.prepare('DELETE FROM placements WHERE id = ?');
  const placedVersions = db.prepare<[number], { id: number; version: number }>(
    `SELECT stories.id, stories.version FROM placements
     JOIN pages ON pages.id = placements.page_id
     JOIN stories ON stories.id = placements.story_id WHERE pages.issue_id = ?`,
  );
  const placingDate = db.prepare<{ date: string; id: number }, { date: string }>(
    `SELECT issues.date FROM placements
     JOIN pages ON pages.id = placements.page_id
     JOIN issues ON issues.id = pages.issue_id
     WHERE placements.story_id = @id
     ORDER BY issues.date = @date DESC, issues.date DESC LIMIT 1`,
  );
  const settingRows = db.prepare<[], { key: string; value: string }>(
    "SELECT key, value FROM settings WHERE key LIKE 'page.%'",
  );

  function summary(date: string): IssueSummary | undefined {
    const row = byDate.get(date);
    return row && toSummary(row);
  }
  function pageId(issueId: number, number: number): number {
    const row = page.get(issueId, number);
    if (!row) throw new Error(`issue ${issueId} has no page ${number}`);
    return row.id;
  }

  return {
    get: summary,
    /** The issue just before this date (the one whose number the new one follows). */
    previous(date: string): IssueSummary | undefined {
      const row = before.get(date);
      return row && toSummary(row);
    },
    list: (): IssueSummary[] => all.all().map(toSummary),
    /** Inserts the issue and its pages with their default names in the paper's language; returns the id. */
    create(
      date: string,
      number: number,
      pageCount: number,
      at: string,
      language: Language = 'zh',
    ): number {
      const id = Number(insertIssue.run(date, number, pageCount, at).lastInsertRowid);
      for (let n = 1; n <= pageCount; n++) insertPage.run(id, n, defaultPageName(n, language));
      return id;
    },
    setNumber(issueId: number, number: number): void {
      setNumber.run(number, issueId);
    },
    /** Adds pages (default names) or drops the last ones; callers check what the dropped hold. */
    setPageCount(issueId: number, from: number, to: number, language: Language = 'zh'): void {
      for (let n = from + 1; n <= to; n++) insertPage.run(issueId, n, defaultPageName(n, language));
      if (to < from) dropPages.run(issueId, to);
      setPageCount.run(to, issueId);
    },
    pages: (issueId: number): Page[] => pages.all(issueId),
    page(issueId: number, number: number): Page | undefined {
      const row = page.get(issueId, number);
      if (!row) return undefined;
      const { id: _id, ...fields } = row;
      return fields;
    },
    setPage(issueId: number, number: number, fields: PageFields): Page {
      const row = page.get(issueId, number);
      if (!row) throw new Error(`issue ${issueId} has no page ${number}`);
      const next = { ...row, ...fields };
      updatePage.run(next);
      const { id: _id, ...result } = next;
      return result;
    },
    placements: (issueId: number): StoredPlacement[] => placements.all(issueId).map(toPlacement),
    placementOf(issueId: number, storyId: number): StoredPlacement | undefined {
      const row = placementOf.get(issueId, storyId);
      return row && toPlacement(row);
    },
    /** Versions of the stories placed in an issue, cheaply (no documents read). */
    placedVersions(issueId: number): Map<number, number> {
      return new Map(placedVersions.all(issueId).map((r) => [r.id, r.version]));
    },
    /** The date of the issue that places the story: `preferred` if that one does, else the latest. */
    placingDate(storyId: number, preferred: string): string | undefined {
      return placingDate.get({ date: preferred, id: storyId })?.date;
    },
    /** Puts the story on the page, or moves its placement there; one per story per issue. */
    place(
      issueId: number,
      storyId: number,
      page: number,
      priority: Priority,
      jumpTo: number | null,
    ): void {
      const target = pageId(issueId, page);
      const existing = placementOf.get(issueId, storyId);
      if (existing) movePlacement.run({ id: existing.id, pageId: target, priority, jumpTo });
      else insertPlacement.run(target, storyId, priority, jumpTo);
    },
    unplace(issueId: number, storyId: number): boolean {
      const existing = placementOf.get(issueId, storyId);
      if (existing) removePlacement.run(existing.id);
      return existing !== undefined;
    },
    /**
     * The page.* settings the paper has actually set (the settings repo fills in defaults,
     * which would hide that columns and margins should follow the page size).
     */
    paperSettings(): PaperSettings {
      const set: Record<string, unknown> = {};
      for (const { key, value } of settingRows.all()) {
        if (!Object.hasOwn(SETTING_SCHEMAS, key)) continue;
        const parsed = SETTING_SCHEMAS[key as keyof typeof SETTING_SCHEMAS].safeParse(
          JSON.parse(value),
        );
        if (parsed.success) set[key] = parsed.data;
      }
      return set as PaperSettings;
    },
  };
}
export type IssuesRepo = ReturnType<typeof createIssuesRepo>;
