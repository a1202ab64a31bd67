import { fileLines } from '../../shared/story/text-file';
import type { FileProblem } from './import-error';

export type Decoded = { ok: true; text: string } | { ok: false; problem: FileProblem };

/**
 * The text of a UTF-8 file. Anything else is refused at the line of its first bad byte: a
 * GBK/GB18030 file, common in Chinese newsrooms, would otherwise import as mojibake.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const index = fileLines(lossy).findIndex((line) => line.includes('\ufffd'));
    return {
      ok: false,
      problem: {
        line: Math.max(index, 0) + 1,
        message: 'not UTF-8 text (a GBK or GB18030 file?); save it as UTF-8 and import it again',
      },
    };
  }
}
