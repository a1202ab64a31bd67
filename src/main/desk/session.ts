/**
 * Who is working, as a transport knows it: per window (IPC), per signed-in cookie (HTTP),
 * per run (CLI). A transport sets `actorId` only after a sign-in (`session.login`), except
 * in-process callers, which are trusted code (the CLI after its own password check, tests).
 */
export interface Session {
  actorId: number | null;
  /** Signed in with a one-time password: nothing but changing it (or signing out) is allowed. */
  mustChangePassword?: boolean;
  /** The CLI without --as: whoever can write the database file (local password recovery). */
  databaseFile?: boolean;
  /** Where the session comes from, for the audit log ("http 127.0.0.1", "app", "cli"). */
  from?: string;
}
