/** Who is working, as a transport knows it: per window (IPC), per request (HTTP), per run (CLI). */
export interface Session {
  actorId: number | null;
}
