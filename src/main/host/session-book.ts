import { randomBytes } from 'node:crypto';
import type { Session } from '../desk/session';

export interface SessionLimits {
  /** A session unused this long ends. */
  idleMs: number;
  /** A session ends this long after its sign-in, used or not. */
  maxMs: number;
}

interface Entry {
  session: Session;
  created: number;
  seen: number;
}

export type Lookup = { ok: true; session: Session } | { ok: false; reason: 'none' | 'expired' };

/** Sessions kept at most; past it the least recently used is signed out. */
export const MAX_SESSIONS = 5000;

/**
 * The HTTP host's signed-in sessions, by the random secret their cookie carries. Kept in
 * memory: a restarted host signs everyone out, which is what a restart should do. A browser
 * that signs in and never returns leaves a session nobody uses again: each sign-in sweeps
 * out the expired ones, and the book never holds more than `max`.
 */
export class SessionBook {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly clock: () => number,
    private readonly max = MAX_SESSIONS,
  ) {}

  open(session: Session, limits: SessionLimits): string {
    const secret = randomBytes(32).toString('base64url');
    const now = this.clock();
    this.sweep(limits);
    this.entries.set(secret, { session, created: now, seen: now });
    // `use` re-inserts what it renews, so the first entry is the least recently used.
    while (this.entries.size > this.max) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
    return secret;
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(limits: SessionLimits): void {
    const now = this.clock();
    for (const [secret, entry] of this.entries) {
      if (now - entry.seen > limits.idleMs || now - entry.created >= limits.maxMs) {
        this.entries.delete(secret);
      }
    }
  }

  /** The live session of a secret, renewed as used; an expired one is ended on the spot. */
  use(secret: string | undefined, limits: SessionLimits): Lookup {
    const entry = secret ? this.entries.get(secret) : undefined;
    if (!secret || !entry || entry.session.actorId === null) return { ok: false, reason: 'none' };
    const now = this.clock();
    if (now - entry.seen > limits.idleMs || now - entry.created >= limits.maxMs) {
      this.entries.delete(secret);
      return { ok: false, reason: 'expired' };
    }
    entry.seen = now;
    this.entries.delete(secret);
    this.entries.set(secret, entry);
    return { ok: true, session: entry.session };
  }

  /** Whether the secret still names a live session, without renewing it (event streams). */
  alive(secret: string, limits: SessionLimits): boolean {
    const entry = this.entries.get(secret);
    if (!entry || entry.session.actorId === null) return false;
    const now = this.clock();
    return now - entry.seen <= limits.idleMs && now - entry.created < limits.maxMs;
  }

  end(secret: string | undefined): void {
    if (secret) this.entries.delete(secret);
  }
}
