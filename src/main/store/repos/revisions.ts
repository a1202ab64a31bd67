import type { StoryFields, StoryStatus } from '../../../shared/model/story';
import type { StoryDocument } from '../../../shared/story/elements';
import { storyChars } from '../../../shared/story/story-chars';
import type { Db } from '../open-database';
import { readStoredDocument } from './story-document';

interface RevisionRow {
  story_id: number;
  version: number;
  author_id: number;
  author_name: string;
  status: StoryStatus;
  fields: string;
  document: string;
  created_at: string;
}

export interface StoredRevision {
  storyId: number;
  version: number;
  authorId: number;
  authorName: string;
  status: StoryStatus;
  createdAt: string;
  chars: number;
  fields: StoryFields;
  document: StoryDocument;
}

const SELECT = `SELECT story_revisions.*, profiles.name AS author_name FROM story_revisions
  JOIN profiles ON profiles.id = story_revisions.author_id`;

/** The row's header JSON plus its document, back as the fields a save takes. */
function toRevision(row: RevisionRow): StoredRevision {
  // Revisions written before migration 12 carry no hyphenation: the paper's, as then.
  const fields = {
    hyphenation: null,
    ...(JSON.parse(row.fields) as Partial<StoryFields>),
  } as StoryFields;
  const document = readStoredDocument(row.document, row.story_id);
  return {
    storyId: row.story_id,
    version: row.version,
    authorId: row.author_id,
    authorName: row.author_name,
    status: row.status,
    createdAt: row.created_at,
    chars: storyChars(fields, document),
    fields,
    document,
  };
}

/** Reads the append-only story_revisions (the stories repo writes them with each change). */
export function createRevisionsRepo(db: Db) {
  const all = db.prepare<[number], RevisionRow>(
    `${SELECT} WHERE story_id = ? ORDER BY story_revisions.version`,
  );
  const one = db.prepare<[number, number], RevisionRow>(
    `${SELECT} WHERE story_id = ? AND story_revisions.version = ?`,
  );
  return {
    list(storyId: number): StoredRevision[] {
      return all.all(storyId).map(toRevision);
    },
    get(storyId: number, version: number): StoredRevision | undefined {
      const row = one.get(storyId, version);
      return row && toRevision(row);
    },
  };
}
export type RevisionsRepo = ReturnType<typeof createRevisionsRepo>;
