import { randomBytes, timingSafeEqual } from 'node:crypto';

/** A fresh secret per run: whoever holds it may call the API. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

export function tokenMatches(expected: string, given: string | undefined | null): boolean {
  if (!given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The token of a request: `Authorization: Bearer …`, or `?token=` for EventSource. */
export function tokenOf(authorization: string | undefined, url: URL): string | undefined {
  const bearer = authorization?.match(/^Bearer\s+(\S+)$/i)?.[1];
  return bearer ?? url.searchParams.get('token') ?? undefined;
}
