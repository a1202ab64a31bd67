import type { Story, StoryStatus, StorySummary } from '../../../shared/model/story';

/** A row of the stories table joined with its author's name. */
export interface StoryRow {
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
  /** Migration 011; absent from the desk's narrower selects. */
  target_chars?: number | null;
  /** Migration 012; absent from the desk's narrower selects. */
  hyphenation?: Story['hyphenation'];
  version: number;
  created_at: string;
  updated_at: string;
}

/** The row as the API's summary (no document). */
export function toSummary(row: Omit<StoryRow, 'document'>): StorySummary {
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
