// Rule 4: hyphenation by Liang's patterns (en-US, en-GB) with a newspaper's rules.

import { describe, expect, it } from 'vitest';
import { setHeadlineStack } from './headline-stack';
import { hyphenationPoints } from './hyphenate';
import { fonts, setEm, texts } from './test-support';
import type { HyphenationLanguage } from './types';
import { DEFAULT_SETTINGS } from './types';

function marked(text: string, language: HyphenationLanguage = 'en-us'): string {
  const points = hyphenationPoints(text, [...text].length, language);
  return [...text].map((c, k) => (points[k] === 1 ? `${c}|` : c)).join('');
}

describe('hyphenation points', () => {
  it('follows the patterns with 2 letters before and 3 after', () => {
    expect(marked('Internationalization, long-debated construction end')).toBe(
      'In|ter|na|tion|al|iza|tion, long-de|bated con|struc|tion end',
    );
  });

  it('uses British patterns for en-gb and none when off', () => {
    expect(marked('Internationalization end', 'en-gb')).toBe('In|ter|na|tion|al|iz|a|tion end');
    expect(marked('Internationalization end', 'off')).toBe('Internationalization end');
  });

  it('never hyphenates the last word, a URL, an e-mail address or a figure', () => {
    expect(marked('the documentation')).toBe('the documentation');
    expect(marked('see https://example.com/documentation or documentation@example.com now')).toBe(
      'see https://example.com/documentation or documentation@example.com now',
    );
    expect(marked('Representatives1990 representatives now')).toBe(
      'Representatives1990 rep|re|sen|ta|tives now',
    );
  });
});

describe('hyphenated lines', () => {
  it('ends a line inside a word only with a hyphen, and joins back to the text', () => {
    const lines = setEm(
      'The assessment of construction of representatives internationally now',
      12,
    );
    expect(texts(lines)).toEqual([
      'The assessment of con',
      'struction of representa',
      'tives internationally now',
    ]);
    expect(lines.map((l) => l.hyphenated ?? false)).toEqual([true, true, false]);
    expect(lines[0]?.glyphs.at(-1)?.text).toBe('-');
  });

  it('never hyphenates a headline', () => {
    const head = setHeadlineStack(
      { headline: 'Internationalization of representatives' },
      300,
      DEFAULT_SETTINGS,
      fonts,
    );
    expect(head.lines.map((l) => l.line.text)).toEqual([
      'Internationalization of ',
      'representatives',
    ]);
    expect(head.lines.some((l) => l.line.hyphenated)).toBe(false);
  });
});
