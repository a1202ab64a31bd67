// The character index's tokens (search-chars.ts): the index on disk depends on them exactly.

import { describe, expect, it } from 'vitest';
import { spacedText } from './search-chars';

describe('spacedText', () => {
  it('spaces every non-ASCII character into a token of its own, ASCII words kept', () => {
    expect(spacedText('CPI上涨0.2%，a_b')).toBe('CPI u4e0a  u6da8 0 2  uff0c a b');
    expect(spacedText('𠀀')).toBe(' u20000 ');
    expect(spacedText(null)).toBe('');
    // Lone surrogates (a broken paste) are tokens of their own, as code points.
    expect(spacedText('\ud800a\udc00')).toBe(' ud800 a udc00 ');
  });

  it('spaces any text as a code point by code point reading does', () => {
    // The index depends on the exact tokens: the fast byte writer against the plain rule.
    const plain = (text: string) =>
      [...text]
        .map((ch) => {
          const code = ch.codePointAt(0) ?? 0;
          if (code >= 0x80) return ` u${code.toString(16)} `;
          return /[0-9A-Za-z]/.test(ch) ? ch : ' ';
        })
        .join('');
    let seed = 11;
    const codes = Array.from({ length: 20_000 }, () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const r = seed % 100;
      if (r < 30) return seed % 0x80;
      if (r < 80) return 0x4e00 + (seed % 0x5000);
      if (r < 90) return 0xd800 + (seed % 0x800); // surrogates, paired or not
      return 0x80 + (seed % 0xff00);
    });
    const text = String.fromCharCode(...codes);
    expect(spacedText(text)).toBe(plain(text));
  });
});
