// The text of a story file as Chinese newsrooms send them: UTF-8 (with or without a byte
// order mark), UTF-16 with its mark (Windows Notepad's "Unicode"), or GB18030/GBK (Notepad's
// "ANSI" on a Chinese Windows). The platform's decoders do the work (Node carries full ICU).

import { importWhy } from '../../shared/story/import-problem';
import { fileLines } from '../../shared/story/text-file';
import type { FileProblem } from './import-error';

export type Decoded =
  | { ok: true; text: string; encoding: string }
  | { ok: false; problem: FileProblem };

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

export function decodeText(bytes: Uint8Array): Decoded {
  for (const [bom, encoding] of BOMS) {
    if (!bom.every((byte, i) => bytes[i] === byte)) continue;
    const text = strict(encoding, bytes.subarray(bom.length));
    if (text !== null) return { ok: true, text, encoding };
    return refuse(
      bytes,
      encoding,
      `not valid ${encoding.toUpperCase()} text although it starts like it; save it as UTF-8 and import it again`,
    );
  }
  const utf8 = strict('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  if (mostlyUtf8(bytes)) {
    return refuse(
      bytes,
      'utf-8',
      'UTF-8 text with bytes of another encoding here; save it as UTF-8 and import it again',
    );
  }
  // GBK is a part of GB18030: one decoder reads both.
  const gb = strict('gb18030', bytes);
  if (gb !== null && !looksLikeUtf16(bytes)) return { ok: true, text: gb, encoding: 'gb18030' };
  const message = looksLikeUtf16(bytes)
    ? 'UTF-16 text without a byte order mark; save it as UTF-8 and import it again'
    : 'not text in UTF-8, UTF-16 or GB18030/GBK (a binary file?); save it as UTF-8 and import it again';
  return refuse(bytes, 'utf-8', message);
}

function strict(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A UTF-8 file with a few bad bytes (pasted from elsewhere) rather than a GBK file: read as
 * GB18030 it would pass as nonsense, so it is refused at its bad line instead.
 */
function mostlyUtf8(bytes: Uint8Array): boolean {
  let good = 0;
  let bad = 0;
  for (const ch of new TextDecoder('utf-8').decode(bytes)) {
    if (ch === '\ufffd') bad++;
    else if (ch.charCodeAt(0) > 0x7f) good++;
  }
  return good > bad;
}

/** Zero bytes in every other place: UTF-16 of mostly ASCII, which no other text has. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, 4096);
  let zeros = 0;
  for (const byte of sample) if (byte === 0) zeros++;
  return sample.length >= 4 && zeros * 4 >= sample.length;
}

/** Refused at the line of the first byte the decoder could not read. */
function refuse(bytes: Uint8Array, encoding: string, message: string): Decoded {
  const lossy = new TextDecoder(encoding).decode(bytes);
  const index = fileLines(lossy).findIndex((line) => line.includes('\ufffd'));
  return {
    ok: false,
    problem: { line: Math.max(index, 0) + 1, message, why: importWhy('bad-encoding') },
  };
}
