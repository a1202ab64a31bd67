/**
 * 字数, the one length of the whole product (the editor's count, the desk list, the board's
 * over-characters, copyfit), by the Chinese rule (NEWSROOM.md):
 * - each Han character (and kana, hangul) counts one;
 * - each full-width punctuation mark counts one (，。！（）“”《》、——……·);
 * - a Latin word or a number counts one, with inner . , ' ’ - (3.5, don't, e-mail): so
 *   "iPhone 15 (Pro) $999" is 4, as Word counts its non-Asian words;
 * - full-width Latin letters and digits are a word like their half-width forms (ＡＢＣ is
 *   one word, "ＡＢＣ公司" is 3): the IME's full-width mode is how it was typed, not what
 *   was written, so the length must not change with it;
 * - spaces, half-width punctuation and symbols ( $ % ( ) ) count nothing.
 * An index loop over char codes, no regex on the common paths: overset counts the rest of
 * every story on every composition.
 */
export function countChars(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff) {
      cp = text.codePointAt(i) ?? cp;
      if (cp > 0xffff) i++;
    }
    if (isWordPart(cp)) {
      if (!inWord) count++;
      inWord = true;
    } else if (inWord && isJoiner(cp) && isWordPart(text.codePointAt(i + 1) ?? 0)) {
      // stays inside the word: 3.5, don't, e-mail
    } else {
      inWord = false;
      if (isOneEach(cp)) count++;
    }
  }
  return count;
}

const LETTER_OR_NUMBER = /[\p{L}\p{N}]/u;

/** Letters and digits that make words (Latin, Greek, Cyrillic…, full-width forms too). */
function isWordPart(cp: number): boolean {
  if (cp < 0x80) {
    return (cp >= 0x30 && cp <= 0x39) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a);
  }
  if (cp >= 0xff10 && cp <= 0xff19) return true; // ０-９
  if ((cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)) return true; // Ａ-ｚ
  if (isCjkLetter(cp) || isFullWidthMark(cp)) return false;
  return LETTER_OR_NUMBER.test(String.fromCodePoint(cp));
}

function isJoiner(cp: number): boolean {
  return cp === 0x2e || cp === 0x2c || cp === 0x27 || cp === 0x2019 || cp === 0x2d;
}

function isOneEach(cp: number): boolean {
  return isCjkLetter(cp) || isFullWidthMark(cp);
}

/** Han ideographs, kana and hangul: one each. */
function isCjkLetter(cp: number): boolean {
  return (
    (cp >= 0x4e00 && cp <= 0x9fff) ||
    (cp >= 0x3400 && cp <= 0x4dbf) ||
    (cp >= 0x20000 && cp <= 0x3ffff) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0x3040 && cp <= 0x30ff) || // kana
    (cp >= 0x31f0 && cp <= 0x31ff) ||
    (cp >= 0xac00 && cp <= 0xd7af) || // hangul
    (cp >= 0x1100 && cp <= 0x11ff)
  );
}

/** Full-width punctuation and CJK symbols (not the ideographic space). */
function isFullWidthMark(cp: number): boolean {
  return (
    (cp >= 0x3001 && cp <= 0x303f) || // 、。〃々〇「」《》【】〔〕
    (cp >= 0xff01 && cp <= 0xff0f) || // ！＂＃＄％＆＇（）＊＋，－．／
    (cp >= 0xff1a && cp <= 0xff20) || // ：；＜＝＞？＠
    (cp >= 0xff3b && cp <= 0xff40) ||
    (cp >= 0xff5b && cp <= 0xff65) ||
    (cp >= 0xfe10 && cp <= 0xfe1f) || // vertical forms
    (cp >= 0xfe30 && cp <= 0xfe4f) || // CJK compatibility forms
    (cp >= 0x2018 && cp <= 0x201f) || // “ ” ‘ ’ as Chinese quotes
    cp === 0x2014 || // — (two make ——)
    cp === 0x2026 || // … (two make ……)
    cp === 0x00b7 // · interpunct
  );
}
