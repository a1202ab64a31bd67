import { randomBytes, randomInt, scryptSync, timingSafeEqual } from 'node:crypto';

/**
 * Passwords are kept only as scrypt hashes, the parameters written beside the salt and the
 * hash (`scrypt$14$8$1$salt$hash`), so a later, slower setting still verifies older hashes.
 * 2^14 × 8 costs 16 MB and tens of milliseconds per guess: nothing for one sign-in, a wall
 * for anyone trying a dictionary against a copied database.
 */
export const STANDARD_COST = 14;
const BLOCK_SIZE = 8;
const PARALLEL = 1;
const KEY_LENGTH = 32;

export function hashPassword(password: string, logCost = STANDARD_COST): string {
  const salt = randomBytes(16);
  const hash = derive(password, salt, logCost, BLOCK_SIZE, PARALLEL);
  return [
    'scrypt',
    logCost,
    BLOCK_SIZE,
    PARALLEL,
    salt.toString('base64'),
    hash.toString('base64'),
  ].join('$');
}

/** True when `password` is the one behind `stored`; a malformed record verifies nothing. */
export function verifyPassword(password: string, stored: string | null): boolean {
  const parts = stored?.split('$');
  if (parts?.length !== 6 || parts[0] !== 'scrypt') return false;
  const [logCost, r, p] = parts.slice(1, 4).map(Number) as [number, number, number];
  if (![logCost, r, p].every(Number.isInteger) || logCost < 1 || logCost > 20) return false;
  const expected = Buffer.from(parts[5] as string, 'base64');
  const actual = derive(password, Buffer.from(parts[4] as string, 'base64'), logCost, r, p);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** Spends the time of one verification, so an unknown name answers as slowly as a known one. */
export function verifyNothing(password: string): void {
  derive(password, Buffer.alloc(16), STANDARD_COST, BLOCK_SIZE, PARALLEL);
}

function derive(password: string, salt: Buffer, logCost: number, r: number, p: number): Buffer {
  const N = 2 ** logCost;
  return scryptSync(password.normalize('NFC'), salt, KEY_LENGTH, {
    N,
    r,
    p,
    maxmem: 256 * N * r + 1024 * 1024,
  });
}

/** A one-time password to read aloud or write down: no 0/O, 1/l/I. */
export function oneTimePassword(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  let out = '';
  for (let i = 0; i < 12; i++) out += alphabet[randomInt(alphabet.length)];
  return out;
}
