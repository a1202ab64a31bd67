/**
 * People and trust: a password per profile (a slow salted hash only, its parameters kept in
 * the same text), a flag for a one-time password that must be changed at first sign-in, and
 * the heartbeat time of an edit lock, so a lock nobody renews can lapse, and the access log.
 * Adds columns only, so it applies on top of any earlier migration.
 */
export const peopleSchema = `
ALTER TABLE profiles ADD COLUMN password_hash TEXT;
ALTER TABLE profiles ADD COLUMN must_change_password INTEGER NOT NULL DEFAULT 0
  CHECK (must_change_password IN (0, 1));
ALTER TABLE story_locks ADD COLUMN renewed_at TEXT;

-- Sign-ins, failed sign-ins, sign-outs and password changes: who, when, from where. Kept
-- apart from the paper's audit of its work; the app's audit view shows both. Append-only.
CREATE TABLE access_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  profile_id INTEGER REFERENCES profiles(id),
  name TEXT NOT NULL,
  action TEXT NOT NULL,
  origin TEXT NOT NULL DEFAULT '',
  detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX access_log_by_profile ON access_log(profile_id, at);
CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log
  BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log
  BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END;
`;
