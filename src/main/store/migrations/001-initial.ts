/** The first schema: profiles, settings, stories with append-only revisions, assets, the
 * issue/page/placement tables the board fills later, and the audit log. */
export const initialSchema = `
CREATE TABLE profiles (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  role TEXT NOT NULL CHECK (role IN ('reporter', 'editor', 'chief', 'admin')),
  created_at TEXT NOT NULL
);

CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE stories (
  id INTEGER PRIMARY KEY,
  author_id INTEGER NOT NULL REFERENCES profiles(id),
  desk_date TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('draft', 'filed', 'edited', 'reviewed', 'signed-off', 'spiked')),
  priority TEXT NOT NULL CHECK (priority IN ('lead', 'normal', 'brief')),
  section TEXT NOT NULL DEFAULT '',
  kicker TEXT NOT NULL DEFAULT '',
  headline TEXT NOT NULL,
  subhead TEXT NOT NULL DEFAULT '',
  byline TEXT NOT NULL DEFAULT '',
  dateline TEXT NOT NULL DEFAULT '',
  document TEXT NOT NULL,
  chars INTEGER NOT NULL,
  version INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE INDEX stories_by_date ON stories(desk_date, status);

CREATE TABLE story_revisions (
  id INTEGER PRIMARY KEY,
  story_id INTEGER NOT NULL REFERENCES stories(id),
  version INTEGER NOT NULL,
  author_id INTEGER NOT NULL REFERENCES profiles(id),
  status TEXT NOT NULL,
  fields TEXT NOT NULL,
  document TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (story_id, version)
);
-- Revisions are history: never rewritten, never removed.
CREATE TRIGGER story_revisions_no_update BEFORE UPDATE ON story_revisions
  BEGIN SELECT RAISE(ABORT, 'story_revisions is append-only'); END;
CREATE TRIGGER story_revisions_no_delete BEFORE DELETE ON story_revisions
  BEGIN SELECT RAISE(ABORT, 'story_revisions is append-only'); END;

CREATE TABLE assets (
  hash TEXT PRIMARY KEY,
  mime TEXT NOT NULL,
  width INTEGER NOT NULL,
  height INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE issues (
  id INTEGER PRIMARY KEY,
  date TEXT NOT NULL UNIQUE,
  number INTEGER NOT NULL,
  page_count INTEGER NOT NULL CHECK (page_count BETWEEN 1 AND 64),
  created_at TEXT NOT NULL
);

CREATE TABLE pages (
  id INTEGER PRIMARY KEY,
  issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
  number INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  editor TEXT NOT NULL DEFAULT '',
  designer TEXT NOT NULL DEFAULT '',
  proofreader TEXT NOT NULL DEFAULT '',
  UNIQUE (issue_id, number)
);

CREATE TABLE placements (
  id INTEGER PRIMARY KEY,
  page_id INTEGER NOT NULL REFERENCES pages(id) ON DELETE CASCADE,
  story_id INTEGER NOT NULL REFERENCES stories(id),
  priority TEXT NOT NULL CHECK (priority IN ('lead', 'normal', 'brief')),
  jump_to INTEGER,
  module TEXT NOT NULL DEFAULT '{}',
  UNIQUE (page_id, story_id)
);

CREATE TABLE audit (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor_id INTEGER REFERENCES profiles(id),
  action TEXT NOT NULL,
  target TEXT NOT NULL,
  detail TEXT NOT NULL DEFAULT ''
);
CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit
  BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
`;
