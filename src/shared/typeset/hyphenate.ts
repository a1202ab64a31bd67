// Where a Latin word may be hyphenated: Liang's patterns (the `hyphen` package, en-US or
// en-GB) with a newspaper's rules on top: at least 2 letters before and 3 after the break,
// never in the last word of a paragraph, never inside a URL, an e-mail address or a figure.

import { CharClass, classify } from './char-class';
import { byWords, hyphenateText, markWordPoints } from './hyphen-words';
import type { HyphenationLanguage } from './types';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };

const SOFT = '\u00ad';
export const MIN_BEFORE = 2;
export const MIN_AFTER = 3;

/** A token that must never be broken: URLs, e-mail, paths, anything with a digit. */
const UNBREAKABLE = /[0-9@/\\]|^www\.|\.(com|org|net|gov|edu|io|cn)\b/i;

/**
 * hyphenAfter[k] = 1 when code point k of `text` may end a line with an added hyphen.
 * `n` is the number of code points of `text`; `cls` their classes when known; `after` the
 * zeroed array to mark (prepareText passes its own rather than copy a fresh one in).
 */
export function hyphenationPoints(
  text: string,
  n: number,
  language: HyphenationLanguage,
  cls?: Uint8Array,
  after: Uint8Array = new Uint8Array(n),
): Uint8Array {
  if (language === 'off' || n === 0) return after;
  if (byWords(text, n)) {
    // One code unit per code point: the text itself serves as its characters.
    if (markWordPoints(text, language, after)) applyRules(text, cls ?? classes([...text]), after);
    return after;
  }
  const marked = hyphenateText(text, language);
  if (marked.length === text.length) return after;
  const chars = [...text];
  // Walk the marked text alongside the original, by code point.
  let k = 0;
  for (const ch of marked) {
    if (ch === SOFT && chars[k] !== SOFT) {
      if (k > 0) after[k - 1] = 1;
      continue;
    }
    k++;
  }
  applyRules(chars, cls ?? classes(chars), after);
  return after;
}

function classes(chars: string[]): Uint8Array {
  return Uint8Array.from(chars, (c) => classify(c.codePointAt(0) ?? 0));
}

/** Letters of a word for the minima: letters and an apostrophe between them. */
function inWord(chars: string | string[], cls: Uint8Array, k: number): boolean {
  const c = cls[k];
  return c === CC.Letter || chars[k] === "'" || chars[k] === '’';
}

function tokenAt(chars: string | string[], t: number, e: number): string {
  return typeof chars === 'string' ? chars.slice(t, e) : chars.slice(t, e).join('');
}

/** Drops points that break the minima, sit in unbreakable tokens or in the last word. */
function applyRules(chars: string | string[], cls: Uint8Array, after: Uint8Array): void {
  const n = chars.length;
  let end = n;
  while (end > 0 && cls[end - 1] === CC.Space) end--;
  let lastWordStart = end;
  while (lastWordStart > 0 && cls[lastWordStart - 1] !== CC.Space) lastWordStart--;
  let t = 0;
  while (t < n) {
    // A token runs between spaces; a word is a run of letters within it.
    let e = t;
    let points = false;
    while (e < n && cls[e] !== CC.Space) {
      if (after[e] === 1) points = true;
      e++;
    }
    if (points) {
      const banned = t >= lastWordStart || UNBREAKABLE.test(tokenAt(chars, t, e));
      let w = t;
      while (w < e) {
        if (cls[w] !== CC.Letter) {
          after[w] = 0;
          w++;
          continue;
        }
        let we = w;
        while (we < e && inWord(chars, cls, we)) we++;
        for (let k = w; k < we; k++) {
          if (after[k] !== 1) continue;
          const before = k - w + 1;
          const rest = we - k - 1;
          if (banned || before < MIN_BEFORE || rest < MIN_AFTER) after[k] = 0;
        }
        w = we;
      }
    }
    t = e + 1;
  }
}
