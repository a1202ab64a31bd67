// Reading a text file someone handed us: its lines, binary content refused with its line,
// and lines of one paragraph joined the way the writer's language wants.

import { isBinaryCode } from './clean-text';
import { type ImportWhy, importWhy } from './import-problem';

export interface LineError {
  /** 1-based line in the file. */
  line: number;
  message: string;
  /** The same, as a code the UI words. */
  why?: ImportWhy;
}

/** Lines of a file, without a byte order mark; CRLF, CR and LF all end a line. */
export function fileLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
}

/** The first line with binary content (see isBinaryCode), naming the character. */
export function findBinaryLine(lines: readonly string[]): LineError | null {
  for (const [i, line] of lines.entries()) {
    for (const ch of line) {
      const cp = ch.codePointAt(0) ?? 0;
      if (!isBinaryCode(cp)) continue;
      const code = cp.toString(16).toUpperCase().padStart(4, '0');
      return {
        line: i + 1,
        message: `binary content (U+${code}): not a UTF-8 text file`,
        why: importWhy('binary-content'),
      };
    }
  }
  return null;
}

const CJK = /[\p{Script=Han}\u3000-\u303f\uff01-\uff60\u2018-\u201f\u2014\u2026\u00b7]/u;

/**
 * Joins the lines of one paragraph. A line break inside Chinese text is not a space (a
 * reporter's editor wrapped it); between Latin words it is.
 */
export function joinLines(lines: readonly string[]): string {
  let out = '';
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') continue;
    if (out === '') out = line;
    else if (CJK.test(out.slice(-1)) || CJK.test(line.charAt(0))) out += line;
    else out += ` ${line}`;
  }
  return out;
}
