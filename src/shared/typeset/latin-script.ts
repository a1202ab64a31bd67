// Whether a paragraph is Latin text (set by Latin rules: word spaces, hyphens, total fit)
// or Chinese text carrying some Latin (set by clreq rules). Han characters are words of
// their own and Latin words run about five letters, so a paragraph is Latin when its
// letters outnumber its Han characters eight to one: an English story naming 王先生 stays
// English, a Chinese one quoting "JavaScript" stays Chinese.

import { CharClass } from './char-class';

// A module-local copy: CommonJS loaders (tsx) turn imported constants into getters.
const CC = { ...CharClass };
const LETTERS_PER_HAN = 8;

export function isLatinText(cls: Uint8Array): boolean {
  let han = 0;
  let letters = 0;
  for (let k = 0; k < cls.length; k++) {
    const c = cls[k];
    if (c === CC.Letter) letters++;
    else if (c === CC.Han) han++;
  }
  return letters > 0 && han * LETTERS_PER_HAN < letters;
}

/** A ’ between two letters is an apostrophe (council’s, don’t), not a closing quote: no
 * line may end after it. */
export function keepApostrophesInWords(
  text: string,
  offsets: Int32Array,
  cls: Uint8Array,
  breakAfter: Uint8Array,
): void {
  for (let k = 1; k + 1 < cls.length; k++) {
    if (cls[k] !== CC.Close || cls[k - 1] !== CC.Letter || cls[k + 1] !== CC.Letter) continue;
    if (text.charCodeAt(offsets[k] ?? 0) === 0x2019) breakAfter[k] = 0;
  }
}
