// Newsroom length (字数): Han characters and full-width punctuation count one each; a Latin
// word or a number counts one; spaces count nothing.

import { CharClass, classify } from './char-class';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const classOf = classify;
export function newsroomCount(text: string): number {
  let count = 0;
  let inWord = false;
  // Index loop, not for-of: no string per character (overset counts the rest of a story).
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i) ?? cp;
      if (cp > 0xffff) i++;
    }
    const c = classOf(cp);
    const wordPart = c === CC.Letter || c === CC.Digit;
    if (c === CC.Space || c === CC.Glue) {
      inWord = false;
    } else if (wordPart) {
      if (!inWord) count++;
      inWord = true;
    } else {
      // ASCII punctuation inside a word ("3.5", "e.g.") does not start a new count
      const joins = inWord && (c === CC.LatinClose || c === CC.Connector);
      if (!joins) {
        count++;
        inWord = false;
      }
    }
  }
  return count;
}
