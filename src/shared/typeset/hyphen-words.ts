// Hyphenation points word by word, each word's looked up once per process. The `hyphen`
// package reads a whole text a character at a time through closures and a regular
// expression, which costs more than the patterns themselves; a paragraph is its words.
//
// Exact only where the package splits text into words and nothing else: it hyphenates each
// maximal run of "letters" (its own `isNotLetter` test, by UTF-16 code unit) of 5 or more
// units, on its own, whatever surrounds it. It treats a '<' (HTML) and a soft hyphen
// specially, so texts with either, or with astral characters, go to the package whole.

import { hyphenateSync as hyphenateGb } from 'hyphen/en-gb';
import { hyphenateSync as hyphenateUs } from 'hyphen/en-us';

const SOFT = '\u00ad';
const OPTIONS = { hyphenChar: SOFT };
/** The package's minWordLength default. */
const MIN_WORD = 5;
/** Words remembered per language before the memo starts again (a news vocabulary fits). */
const MEMO_WORDS = 50_000;
const NO_POINTS: readonly number[] = [];

/** The package's `isNotLetter` (hyphen.js), per code unit, made on first use. */
let notLetter: Uint8Array | undefined;
function notLetterTable(): Uint8Array {
  if (notLetter) return notLetter;
  const test = /\s|(?!['])[!-@[-`{-~\u2013-\u203C]/;
  notLetter = new Uint8Array(0x10000);
  for (let u = 0; u < 0x10000; u++) notLetter[u] = test.test(String.fromCharCode(u)) ? 1 : 0;
  return notLetter;
}

const memo = { 'en-us': new Map<string, readonly number[]>(), 'en-gb': new Map() };

/** The whole text through the package (the soft hyphen marks each point). */
export function hyphenateText(text: string, language: 'en-us' | 'en-gb'): string {
  return (language === 'en-gb' ? hyphenateGb : hyphenateUs)(text, OPTIONS);
}

/** True when `wordPoints` gives the package's answer for `text` (`n` its code points). */
export function byWords(text: string, n: number): boolean {
  return n === text.length && text.indexOf('<') < 0 && text.indexOf(SOFT) < 0;
}

/** Code unit offsets within `word` where the package puts a soft hyphen. */
function wordPoints(word: string, language: 'en-us' | 'en-gb'): readonly number[] {
  const known = memo[language];
  const hit = known.get(word);
  if (hit) return hit;
  const marked = hyphenateText(word, language);
  let points = NO_POINTS;
  if (marked.length !== word.length) {
    const found: number[] = [];
    for (let i = 0, k = 0; i < marked.length; i++) {
      if (marked[i] === SOFT) found.push(k);
      else k++;
    }
    points = found;
  }
  if (known.size >= MEMO_WORDS) known.clear();
  known.set(word, points);
  return points;
}

/** Marks after[k] = 1 before each point of each word of `text` (see `byWords`); true if any. */
export function markWordPoints(
  text: string,
  language: 'en-us' | 'en-gb',
  after: Uint8Array,
): boolean {
  const table = notLetterTable();
  const n = text.length;
  let any = false;
  let k = 0;
  while (k < n) {
    if (table[text.charCodeAt(k)] === 1) {
      k++;
      continue;
    }
    let e = k + 1;
    while (e < n && table[text.charCodeAt(e)] === 0) e++;
    if (e - k >= MIN_WORD) {
      for (const m of wordPoints(text.slice(k, e), language)) {
        if (k + m > 0) after[k + m - 1] = 1;
        any = true;
      }
    }
    k = e;
  }
  return any;
}
