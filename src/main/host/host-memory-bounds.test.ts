import { describe, expect, it } from 'vitest';
import { LoginLimiter } from './login-limiter';
import { SessionBook } from './session-book';

// What the host keeps per visitor in memory must not grow with its uptime.
const LIMITS = { idleMs: 60_000, maxMs: 3_600_000 };
const person = (actorId: number) => ({ actorId, from: 'http 127.0.0.1' });

describe('the session book', () => {
  it('sweeps out sessions nobody came back to at the next sign-in', () => {
    let now = 0;
    const book = new SessionBook(() => now);
    const kept = book.open(person(1), LIMITS);
    for (let i = 2; i <= 100; i++) book.open(person(i), LIMITS);
    expect(book.size).toBe(100);
    now = 50_000;
    expect(book.use(kept, LIMITS).ok).toBe(true); // renewed: still alive below
    now = 100_000;
    book.open(person(101), LIMITS);
    expect(book.size).toBe(2);
    expect(book.use(kept, LIMITS).ok).toBe(true);
  });

  it('never holds more than its maximum; the least recently used goes first', () => {
    const book = new SessionBook(() => 0, 3);
    const [a, b, c] = [
      book.open(person(1), LIMITS),
      book.open(person(2), LIMITS),
      book.open(person(3), LIMITS),
    ];
    expect(book.use(a, LIMITS).ok).toBe(true);
    for (let i = 4; i <= 1000; i++) book.open(person(i), LIMITS);
    expect(book.size).toBe(3);
    expect([b, c].map((s) => book.use(s, LIMITS).ok)).toEqual([false, false]);
  });
});

describe('the sign-in limiter', () => {
  const rules = { windowMs: 60_000, perName: 5, perAddress: 20 };

  it('forgets names and addresses once their failures leave the window', () => {
    let now = 0;
    const limiter = new LoginLimiter(() => now, rules);
    for (let i = 0; i < 500; i++) limiter.failed(`made-up ${i}`, `10.0.${i % 250}.1`);
    expect(limiter.size).toBe(750);
    now = 60_001;
    limiter.failed('王小明', '10.0.0.1');
    expect(limiter.size).toBe(2);
  });

  it('counts at most its maximum of names and addresses, and still limits the newest', () => {
    const limiter = new LoginLimiter(() => 0, rules, 100);
    for (let i = 0; i < 10_000; i++) limiter.failed(`made-up ${i}`, '10.0.0.9');
    expect(limiter.size).toBe(100);
    expect(limiter.wait('made-up 0', '10.0.0.8')).toBe(0);
    for (let i = 0; i < 5; i++) limiter.failed('王小明', '10.0.0.8');
    expect(limiter.wait('王小明', '10.0.0.7')).toBe(60_000);
  });
});
