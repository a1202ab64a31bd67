/**
 * Failed sign-ins counted per name and per address over a sliding window: past the limit,
 * further attempts are refused without checking the password, until the window moves on.
 */
export interface LimiterRules {
  windowMs: number;
  perName: number;
  perAddress: number;
}

export const DEFAULT_LIMITS: LimiterRules = { windowMs: 15 * 60_000, perName: 5, perAddress: 20 };

/** Names and addresses counted at most; a flood of made-up names cannot grow it further. */
export const MAX_TRACKED = 10_000;

export class LoginLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(
    private readonly clock: () => number,
    private readonly rules: LimiterRules = DEFAULT_LIMITS,
    private readonly max = MAX_TRACKED,
  ) {}

  /** Names and addresses with failures still counted. */
  get size(): number {
    return this.failures.size;
  }

  /** Milliseconds until this name may try again from this address; 0 when it may now. */
  wait(name: string, address: string): number {
    return Math.max(
      this.waitFor(`name:${name}`, this.rules.perName),
      this.waitFor(`address:${address}`, this.rules.perAddress),
    );
  }

  failed(name: string, address: string): void {
    for (const key of [`name:${name}`, `address:${address}`]) {
      const times = [...this.recent(key), this.clock()];
      this.failures.delete(key); // re-inserted last: the first key is the stalest
      this.failures.set(key, times);
    }
    this.sweep();
  }

  /** Forgets keys whose failures have all left the window, then the stalest past `max`. */
  private sweep(): void {
    const since = this.clock() - this.rules.windowMs;
    for (const [key, times] of this.failures) {
      if ((times[times.length - 1] ?? 0) <= since) this.failures.delete(key);
    }
    while (this.failures.size > this.max) {
      const stalest = this.failures.keys().next().value;
      if (stalest === undefined) break;
      this.failures.delete(stalest);
    }
  }

  /** A right password clears the name's count (not the address's: one address, many names). */
  succeeded(name: string): void {
    this.failures.delete(`name:${name}`);
  }

  private waitFor(key: string, limit: number): number {
    const times = this.recent(key);
    if (times.length < limit) return 0;
    const oldest = times[times.length - limit] as number;
    return Math.max(1, oldest + this.rules.windowMs - this.clock());
  }

  private recent(key: string): number[] {
    const since = this.clock() - this.rules.windowMs;
    const times = (this.failures.get(key) ?? []).filter((t) => t > since);
    if (times.length) this.failures.set(key, times);
    else this.failures.delete(key);
    return times;
  }
}
