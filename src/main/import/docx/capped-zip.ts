// A .docx opened once with jszip and read part by part under a ceiling on the bytes it
// inflates to. The sizes in zip headers are not trusted: the bytes that come out of the
// inflater are counted, and inflating stops at the first chunk past the ceiling. The object
// is the zip file mammoth reads ({ exists, read }), so mammoth never unzips it again.

import JSZip from 'jszip';
import { megabytes } from '../isolate/read-limits';

/** Not a zip, or a damaged one: the caller says "not a Word file". */
export class ZipRefused extends Error {}
/** Past the ceiling: the message is the whole reason. */
export class ZipTooLarge extends Error {}

/** The stream jszip gives per entry; not in its type declarations. */
interface EntryStream {
  on(event: 'data', listener: (chunk: Uint8Array) => void): EntryStream;
  on(event: 'end', listener: () => void): EntryStream;
  on(event: 'error', listener: (error: Error) => void): EntryStream;
  resume(): EntryStream;
  pause(): EntryStream;
}

export interface CappedZip {
  exists(name: string): boolean;
  /** The inflated bytes of a part, or its text in `encoding`, or base64 (what mammoth asks). */
  read(name: string, encoding?: string): Promise<Uint8Array | string>;
  bytes(name: string): Promise<Uint8Array>;
  write(): never;
  toArrayBuffer(): never;
}

const LOCAL_HEADER = [0x50, 0x4b, 0x03, 0x04];

export async function openCappedZip(bytes: Uint8Array, inflatedBytes: number): Promise<CappedZip> {
  if (!LOCAL_HEADER.every((byte, i) => bytes[i] === byte)) throw new ZipRefused('not a zip file');
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ZipRefused(`damaged zip file: ${error instanceof Error ? error.message : error}`);
  }
  let inflated = 0;
  const cache = new Map<string, Promise<Uint8Array>>();

  const inflate = (name: string): Promise<Uint8Array> =>
    new Promise((resolve, reject) => {
      const file = zip.file(name);
      if (!file) return reject(new ZipRefused(`no part ${name}`));
      const chunks: Uint8Array[] = [];
      let stopped = false;
      const stream = (
        file as unknown as { internalStream(t: 'uint8array'): EntryStream }
      ).internalStream('uint8array');
      stream
        .on('data', (chunk) => {
          if (stopped) return;
          inflated += chunk.length;
          if (inflated > inflatedBytes) {
            stopped = true;
            stream.pause();
            reject(
              new ZipTooLarge(
                `it unpacks to more than ${megabytes(inflatedBytes)}; a story is far smaller (a zip bomb?)`,
              ),
            );
            return;
          }
          chunks.push(chunk);
        })
        .on('error', (error) => {
          if (!stopped) reject(new ZipRefused(`damaged zip entry ${name}: ${error.message}`));
          stopped = true;
        })
        .on('end', () => {
          if (!stopped) resolve(Buffer.concat(chunks));
        })
        .resume();
    });

  const bytesOf = (name: string): Promise<Uint8Array> => {
    let read = cache.get(name);
    if (!read) {
      read = inflate(name);
      cache.set(name, read);
    }
    return read;
  };

  return {
    exists: (name) => zip.file(name) !== null,
    bytes: bytesOf,
    async read(name, encoding) {
      const data = await bytesOf(name);
      if (encoding === 'base64') return Buffer.from(data).toString('base64');
      return encoding ? new TextDecoder(encoding).decode(data) : data;
    },
    write() {
      throw new Error('a story file is read, never written');
    },
    toArrayBuffer() {
      throw new Error('a story file is read, never written');
    },
  };
}
