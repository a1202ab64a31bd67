import type { AuditEntry } from '../../../shared/model/audit';
import type { Db } from '../open-database';

export interface AuditFilter {
  /** A profile's name: what they did, and their sign-ins. */
  person?: string;
  /** An exact target: `story:12`, `profile:3`, a page's target. */
  target?: string;
  /** ISO instants bounding one day (the caller turns a local date into them). */
  from?: string;
  to?: string;
  limit: number;
}

/**
 * The audit log and the access log (sign-ins, failed sign-ins, password changes) as one
 * list, newest first. Access rows read as entries whose target is the profile and whose
 * detail is where the attempt came from.
 */
export function createAuditSearch(db: Db) {
  return (filter: AuditFilter): AuditEntry[] => {
    const rows = db
      .prepare<Record<string, unknown>, AuditEntry>(
        `SELECT * FROM (
           SELECT audit.id AS id, audit.at AS at, audit.actor_id AS actorId, profiles.name AS actorName,
                  audit.action AS action, audit.target AS target, audit.detail AS detail
             FROM audit LEFT JOIN profiles ON profiles.id = audit.actor_id
           UNION ALL
           SELECT -access_log.id, access_log.at, access_log.profile_id, access_log.name,
                  access_log.action,
                  CASE WHEN access_log.profile_id IS NULL THEN 'name:' || access_log.name
                       ELSE 'profile:' || access_log.profile_id END,
                  trim(access_log.origin || ' ' || access_log.detail)
             FROM access_log
         )
         WHERE (@person IS NULL OR actorName = @person)
           AND (@target IS NULL OR target = @target)
           AND (@from IS NULL OR at >= @from)
           AND (@to IS NULL OR at < @to)
         ORDER BY at DESC, id DESC LIMIT @limit`,
      )
      .all({
        person: filter.person ?? null,
        target: filter.target ?? null,
        from: filter.from ?? null,
        to: filter.to ?? null,
        limit: filter.limit,
      });
    return rows;
  };
}
