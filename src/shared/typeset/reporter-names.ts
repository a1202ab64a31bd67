// A reporter's name after 记者 / 通讯员 / 实习生 (2–4 Han characters, in a byline or a
// dateline: "本报讯（记者 李晓芸 王小明）") is never split across lines: newsrooms treat a
// split name as an error. Clears the break opportunities inside each name; the line breaker
// then moves the whole name (the title may end the line before it, as a word would).

const TITLES = ['记者', '通讯员', '实习生'] as const;
const ANY_TITLE = /记者|通讯员|实习生/;

const isHan = (ch: string | undefined) => ch !== undefined && /\p{Script=Han}/u.test(ch);
const isSeparator = (ch: string | undefined) => ch === ' ' || ch === '\u3000' || ch === '、';

/** `breakAfter` is indexed by code point, as prepare-text builds it. */
export function keepReporterNames(text: string, breakAfter: Uint8Array): void {
  if (!ANY_TITLE.test(text)) return;
  const chars = Array.from(text);
  for (let k = 0; k < chars.length; k++) {
    const title = TITLES.find((t) => chars.slice(k, k + t.length).join('') === t);
    if (!title) continue;
    let at = k + title.length;
    let from = at;
    for (;;) {
      let start = at;
      while (isSeparator(chars[start]) && chars[start] !== '、') start++;
      let end = start;
      while (end - start < 4 && isHan(chars[end])) end++;
      if (end - start < 2) break;
      for (let b = Math.max(from, start); b < end - 1; b++) breakAfter[b] = 0;
      // Another name follows only after a space or 、 (记者 李晓芸 王小明).
      at = end;
      if (!isSeparator(chars[at])) break;
      while (isSeparator(chars[at])) at++;
      from = at;
    }
    k = at - 1;
  }
}
