import type { Db } from '../open-database';

export interface StoredLock {
  storyId: number;
  holderId: number;
  holderName: string;
  since: string;
  /** The holder's last heartbeat (migration 006); `since` for a lock older than that. */
  renewedAt: string;
}

export interface StoredBreak {
  brokenByName: string;
  brokenAt: string;
}

interface LockRow {
  story_id: number;
  holder_id: number;
  holder_name: string;
  since: string;
  renewed_at: string | null;
}

/** Edit locks and the record of broken ones (migration 003). */
export function createLocksRepo(db: Db) {
  const byStory = db.prepare<[number], LockRow>(
    `SELECT story_locks.*, profiles.name AS holder_name FROM story_locks
     JOIN profiles ON profiles.id = story_locks.holder_id WHERE story_id = ?`,
  );
  // A holder's renewal keeps `since` (when they opened the story) and moves the heartbeat.
  const upsert = db.prepare(
    `INSERT INTO story_locks (story_id, holder_id, since, renewed_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(story_id) DO UPDATE SET
       since = CASE WHEN holder_id = excluded.holder_id THEN since ELSE excluded.since END,
       holder_id = excluded.holder_id, renewed_at = excluded.renewed_at`,
  );
  const remove = db.prepare('DELETE FROM story_locks WHERE story_id = ?');
  const removeByHolder = db.prepare('DELETE FROM story_locks WHERE holder_id = ?');
  const recordBreak = db.prepare(
    `INSERT INTO story_lock_breaks (story_id, holder_id, broken_by, broken_at) VALUES (?, ?, ?, ?)
     ON CONFLICT(story_id, holder_id) DO UPDATE SET
       broken_by = excluded.broken_by, broken_at = excluded.broken_at`,
  );
  const breakFor = db.prepare<[number, number], { broken_by_name: string; broken_at: string }>(
    `SELECT profiles.name AS broken_by_name, broken_at FROM story_lock_breaks
     JOIN profiles ON profiles.id = story_lock_breaks.broken_by
     WHERE story_id = ? AND holder_id = ?`,
  );
  const clearBreak = db.prepare(
    'DELETE FROM story_lock_breaks WHERE story_id = ? AND holder_id = ?',
  );

  return {
    get(storyId: number): StoredLock | undefined {
      const row = byStory.get(storyId);
      return (
        row && {
          storyId: row.story_id,
          holderId: row.holder_id,
          holderName: row.holder_name,
          since: row.since,
          renewedAt: row.renewed_at ?? row.since,
        }
      );
    },
    /** Takes the lock, or renews the holder's heartbeat (callers check the holder first). */
    take(storyId: number, holderId: number, at: string): void {
      upsert.run(storyId, holderId, at, at);
    },
    release(storyId: number): boolean {
      return remove.run(storyId).changes > 0;
    },
    releaseAllOf(holderId: number): number {
      return removeByHolder.run(holderId).changes;
    },
    recordBreak(storyId: number, holderId: number, brokenBy: number, at: string): void {
      recordBreak.run(storyId, holderId, brokenBy, at);
    },
    /** The break of this profile's lock on the story they have not yet reopened, if any. */
    brokenFor(storyId: number, holderId: number): StoredBreak | undefined {
      const row = breakFor.get(storyId, holderId);
      return row && { brokenByName: row.broken_by_name, brokenAt: row.broken_at };
    },
    clearBreak(storyId: number, holderId: number): void {
      clearBreak.run(storyId, holderId);
    },
  };
}
export type LocksRepo = ReturnType<typeof createLocksRepo>;
