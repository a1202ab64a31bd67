import type { AuditEntry } from '../../../shared/model/audit';
import type { Db } from '../open-database';

interface AuditRow {
  id: number;
  at: string;
  actor_id: number | null;
  actor_name: string | null;
  action: string;
  target: string;
  detail: string;
}

/** Who did what when; the table refuses updates and deletes (a trigger). */
export function createAuditRepo(db: Db) {
  const insert = db.prepare(
    'INSERT INTO audit (at, actor_id, action, target, detail) VALUES (?, ?, ?, ?, ?)',
  );
  const recent = db.prepare<[number], AuditRow>(
    `SELECT audit.*, profiles.name AS actor_name FROM audit
     LEFT JOIN profiles ON profiles.id = audit.actor_id ORDER BY audit.id DESC LIMIT ?`,
  );
  return {
    record(at: string, actorId: number | null, action: string, target: string, detail = ''): void {
      insert.run(at, actorId, action, target, detail);
    },
    recent(limit: number): AuditEntry[] {
      return recent.all(limit).map((row) => ({
        id: row.id,
        at: row.at,
        actorId: row.actor_id,
        actorName: row.actor_name,
        action: row.action,
        target: row.target,
        detail: row.detail,
      }));
    },
  };
}
export type AuditRepo = ReturnType<typeof createAuditRepo>;
