// The characters a face must keep: every distinct code point of the text, in code point
// order, so the same set always gives the same key whatever order the text had.

import { createHash } from 'node:crypto';

/** Distinct code points of `text`, sorted, without control characters (no glyphs there). */
export function charsetOf(text: string): string {
  const points = new Set<number>();
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0x20 && !(cp >= 0x7f && cp < 0xa0)) points.add(cp);
  }
  return String.fromCodePoint(...[...points].sort((a, b) => a - b));
}

/** A short, stable key for a charset (the cache key; collisions are out of reach at 128 bits). */
export function charsetHash(charset: string): string {
  return createHash('sha256').update(charset, 'utf8').digest('hex').slice(0, 32);
}
