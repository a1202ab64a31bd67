/**
 * Story length by the Chinese rule (NEWSROOM.md): each Han character and each full-width
 * punctuation mark counts one; a Latin word or a number counts one; spaces count nothing.
 */
const HAN = /\p{Script=Han}/u;
const WORDLIKE = /[\p{L}\p{N}]/u;

export function countChars(text: string): number {
  let count = 0;
  let inWord = false;
  for (const ch of text) {
    if (HAN.test(ch)) {
      count += 1;
      inWord = false;
    } else if (WORDLIKE.test(ch)) {
      // A run of Latin letters/digits (with inner . , ' - such as 3.5 or don't) is one unit.
      if (!inWord) count += 1;
      inWord = true;
    } else if (inWord && /[.,'’-]/.test(ch)) {
      // stays inside the word only if a letter or digit follows; decided by the next char
    } else if (/\s/.test(ch)) {
      inWord = false;
    } else {
      // punctuation: full-width marks count, half-width ones are part of the Latin text
      if (isFullWidthPunctuation(ch)) count += 1;
      inWord = false;
    }
  }
  return count;
}

function isFullWidthPunctuation(ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  return (
    (cp >= 0x3000 && cp <= 0x303f) || // CJK symbols and punctuation 。、「」《》
    (cp >= 0xff01 && cp <= 0xff60) || // full-width forms ，！？（）
    (cp >= 0x2018 && cp <= 0x201f) || // curly quotes “ ” ‘ ’ used as Chinese quotes
    cp === 0x2014 || // — (two make ——)
    cp === 0x2026 || // … (two make ……)
    cp === 0x00b7 // · interpunct
  );
}
