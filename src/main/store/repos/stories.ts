import type { DeskRow } from '../../../shared/contract/wire/story';
import type { Story, StoryFields, StoryStatus } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';
import { storyChars } from '../../../shared/story/story-chars';
import type { Db } from '../open-database';
import { createCharIndex } from '../search-chars';
import { readStoredDocument } from './story-document';
import { createStoryPages } from './story-pages';
import { type StoryRow, toSummary } from './story-row';

const SELECT = `SELECT stories.*, profiles.name AS author_name FROM stories
  JOIN profiles ON profiles.id = stories.author_id`;

export interface StoryListFilter {
  deskDate?: string | undefined;
  status?: StoryStatus | undefined;
  authorId?: number | undefined;
  /** Substring of the headline. */
  text?: string | undefined;
}

export type { DeskRow };

export function createStoriesRepo(db: Db) {
  const chars = createCharIndex(db);
  const byId = db.prepare<[number], StoryRow>(`${SELECT} WHERE stories.id = ?`);
  const insert = db.prepare(`INSERT INTO stories (author_id, desk_date, status, priority, section,
    kicker, headline, subhead, byline, dateline, hyphenation, document, chars, version, created_at,
    updated_at)
    VALUES (@authorId, @deskDate, 'draft', @priority, @section, @kicker, @headline, @subhead,
    @byline, @dateline, @hyphenation, @document, @chars, 1, @at, @at)`);
  const update = db.prepare(`UPDATE stories SET priority = @priority, section = @section,
    kicker = @kicker, headline = @headline, subhead = @subhead, byline = @byline,
    dateline = @dateline, hyphenation = @hyphenation, document = @document, chars = @chars, version = version + 1,
    updated_at = @at WHERE id = @id`);
  const updateStatus = db.prepare(`UPDATE stories SET status = @status,
    spiked_from = @spikedFrom, version = version + 1, updated_at = @at WHERE id = @id`);
  const updateTarget = db.prepare<[number | null, number]>(
    'UPDATE stories SET target_chars = ? WHERE id = ?',
  );
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
      hyphenation: fields.hyphenation ?? null,
      document: JSON.stringify(document),
      chars: storyChars(fields, document),
    };
  }
  // Named keys, not a spread: a whole Story may be passed (a status change keeps its text).
  function headerJson(fields: StoryFields): string {
    const { kicker, headline, subhead, byline, dateline, section, priority, hyphenation } = fields;
    return JSON.stringify({
      priority,
      section,
      kicker,
      headline,
      subhead,
      byline,
      dateline,
      hyphenation,
    });
  }
  function get(id: number): Story | undefined {
    const row = byId.get(id);
    return (
      row && {
        ...toSummary(row),
        document: readStoredDocument(row.document, id),
        targetChars: row.target_chars ?? null,
        hyphenation: row.hyphenation ?? null,
      }
    );
  }

  const pages = createStoryPages(db);

  return {
    get,
    /** One page of the desk, sorted, with the count of all that match (story.page). */
    page: pages.page,
    /** Every row that matches, in workflow order (story.list). */
    list(filter: StoryListFilter): DeskRow[] {
      return pages.page({ ...filter, sort: 'workflow', descending: false, offset: 0, limit: null })
        .rows;
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
      /** Who filed it, when not its author (an editor importing a reporter's file). */
      filedBy: number = authorId,
    ): number {
      const row = { ...columns(fields, document), authorId, deskDate, at };
      const id = Number(insert.run(row).lastInsertRowid);
      insertRevision.run(filedBy, headerJson(fields), at, id);
      chars.sync();
      return id;
    },
    /**
     * 本稿需 N 字 (null: none). A desk note like a placement, not the text: no new version,
     * so the editor's autosave, based on the version it loaded, goes on unrefused.
     */
    setTarget(id: number, targetChars: number | null): void {
      updateTarget.run(targetChars, id);
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
      chars.sync();
    },
  };
}
export type StoriesRepo = ReturnType<typeof createStoriesRepo>;
