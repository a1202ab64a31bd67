/**
 * Edit locks (one person edits a story at a time) and the workflow's memory of a spike.
 * Adds columns and tables only, so it applies on top of any earlier migration.
 */
export const locksSchema = `
CREATE TABLE story_locks (
  story_id INTEGER PRIMARY KEY REFERENCES stories(id),
  holder_id INTEGER NOT NULL REFERENCES profiles(id),
  since TEXT NOT NULL
);
CREATE INDEX story_locks_by_holder ON story_locks(holder_id);

-- A broken lock is remembered for its former holder until they open the story again, so a
-- save from their stale editor is refused instead of overwriting the new holder's work.
CREATE TABLE story_lock_breaks (
  story_id INTEGER NOT NULL REFERENCES stories(id),
  holder_id INTEGER NOT NULL REFERENCES profiles(id),
  broken_by INTEGER NOT NULL REFERENCES profiles(id),
  broken_at TEXT NOT NULL,
  PRIMARY KEY (story_id, holder_id)
);

-- Restore returns a spiked story to the status it had before: kept here while spiked.
ALTER TABLE stories ADD COLUMN spiked_from TEXT
  CHECK (spiked_from IN ('draft', 'filed', 'edited', 'reviewed', 'signed-off'));
`;
