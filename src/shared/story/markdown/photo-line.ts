// A photo line: `![caption](path "credit")`, alone on its line. The path may be written
// `<with spaces.jpg>`; backslash escapes work in all three parts.

import type { PhotoRef } from '../elements';

export function readPhotoLine(line: string): PhotoRef | null {
  if (!line.startsWith('![')) return null;
  const caption = scanUntil(line, 2, ']');
  if (!caption || line.charAt(caption.end) !== '(') return null;
  let i = caption.end + 1;
  let src: { text: string; end: number } | null;
  if (line.charAt(i) === '<') src = scanUntil(line, i + 1, '>');
  else {
    const bare = /^[^\s()]+/.exec(line.slice(i));
    src = bare ? { text: bare[0], end: i + bare[0].length } : null;
  }
  if (!src || src.text === '') return null;
  i = src.end;
  let credit = '';
  const space = /^\s+"/.exec(line.slice(i));
  if (space) {
    const quoted = scanUntil(line, i + space[0].length, '"');
    if (!quoted) return null;
    credit = quoted.text;
    i = quoted.end;
  }
  if (line.slice(i).trim() !== ')') return null;
  return {
    type: 'photo',
    src: src.text,
    caption: caption.text.trim(),
    credit: credit.trim(),
    children: [{ text: '' }],
  };
}

export function writePhotoLine(photo: { caption: string; credit: string }, src: string): string {
  const dest = /[\s()<>]/.test(src) ? `<${escapeChars(src, '<>')}>` : src;
  const credit = photo.credit ? ` "${escapeChars(photo.credit, '"')}"` : '';
  return `![${escapeChars(photo.caption, '[]')}](${dest}${credit})`;
}

function escapeChars(text: string, special: string): string {
  return [...text].map((ch) => (ch === '\\' || special.includes(ch) ? `\\${ch}` : ch)).join('');
}

/** Text from `start` up to an unescaped `stop`; `end` is just past `stop`. */
function scanUntil(line: string, start: number, stop: string) {
  let text = '';
  for (let i = start; i < line.length; i++) {
    const ch = line.charAt(i);
    if (ch === '\\' && i + 1 < line.length && /[!-/:-@[-`{-~]/.test(line.charAt(i + 1))) {
      text += line.charAt(++i);
    } else if (ch === stop) {
      return { text, end: i + 1 };
    } else {
      text += ch;
    }
  }
  return null;
}
