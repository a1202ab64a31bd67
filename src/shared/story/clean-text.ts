// Characters that never belong in story text. Line breaks are not stripped but split the
// block (a paragraph is the unit of text); other control characters are dropped. Tested
// by code point, not by regex, so the ranges read as numbers.

/** \r\n, \r, \n, and the Unicode line and paragraph separators. */
export const LINE_BREAK = /\r\n|[\r\n\u2028\u2029]/;

const isC0 = (cp: number) => cp <= 0x1f;
const isDelOrC1 = (cp: number) => cp >= 0x7f && cp <= 0x9f;
const isLineBreak = (cp: number) => cp === 0x0a || cp === 0x0d || cp === 0x2028 || cp === 0x2029;

/** True when `text` has a character the schema refuses in story text. */
export function hasForbiddenChar(text: string): boolean {
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (isC0(cp) || isDelOrC1(cp) || isLineBreak(cp)) return true;
  }
  return false;
}

/** Drops control characters but keeps line breaks; a tab becomes a space (pasted text
 * uses tabs between words). */
export function stripControls(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (ch === '\t') out += ' ';
    else if (isLineBreak(cp) || !(isC0(cp) || isDelOrC1(cp))) out += ch;
  }
  return out;
}

/** Single-line text for captions, credits and fields: breaks become spaces. */
export function cleanLine(text: string): string {
  return stripControls(text.replace(new RegExp(LINE_BREAK.source, 'g'), ' '));
}

/**
 * Binary content in a file: a control character other than tab, form feed and line ends,
 * or U+FFFD, which a decoder leaves where the bytes were not UTF-8.
 */
export function isBinaryCode(cp: number): boolean {
  const textControl = cp === 0x09 || cp === 0x0c || cp === 0x0a || cp === 0x0d;
  return (isC0(cp) && !textControl) || cp === 0x7f || cp === 0xfffd;
}

/**
 * Invisible format characters (Unicode category Cf): bidi embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that would show a headline reversed, marks, zero-width
 * spaces, soft hyphens, byte order marks inside text. The zero-width joiner stays: emoji
 * sequences need it, and it changes no order.
 */
const INVISIBLE = /(?!\u200d)\p{Cf}/gu;

/** `text` without invisible format characters, and how many there were. */
export function stripInvisible(text: string): { text: string; removed: number } {
  let removed = 0;
  const kept = text.replace(INVISIBLE, () => {
    removed++;
    return '';
  });
  return { text: kept, removed };
}
