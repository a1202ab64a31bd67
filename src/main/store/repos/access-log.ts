import type { Db } from '../open-database';

export interface AccessEntry {
  id: number;
  at: string;
  profileId: number | null;
  name: string;
  action: string;
  origin: string;
  detail: string;
}

interface AccessRow {
  id: number;
  at: string;
  profile_id: number | null;
  name: string;
  action: string;
  origin: string;
  detail: string;
}

/** Sign-ins and password changes (migration 006); never a password, append-only. */
export function createAccessLogRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO access_log (at, profile_id, name, action, origin, detail) VALUES (?, ?, ?, ?, ?, ?)',
  );
  const all = db.prepare<[], AccessRow>('SELECT * FROM access_log ORDER BY id');
  return {
    record(entry: Omit<AccessEntry, 'id'>): void {
      insert.run(entry.at, entry.profileId, entry.name, entry.action, entry.origin, entry.detail);
    },
    all(): AccessEntry[] {
      return all.all().map((row) => ({
        id: row.id,
        at: row.at,
        profileId: row.profile_id,
        name: row.name,
        action: row.action,
        origin: row.origin,
        detail: row.detail,
      }));
    },
  };
}
export type AccessLogRepo = ReturnType<typeof createAccessLogRepo>;
