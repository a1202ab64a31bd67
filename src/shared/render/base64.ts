// Bytes to base64 without Buffer or btoa (src/shared has neither), and a check that a
// string given as base64 is only base64, so it cannot break out of a data: URL.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function toBase64(bytes: Uint8Array): string {
  const out: string[] = [];
  let chunk = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const a = bytes[i] ?? 0;
    const b = bytes[i + 1] ?? 0;
    const c = bytes[i + 2] ?? 0;
    const n = (a << 16) | (b << 8) | c;
    chunk +=
      (ALPHABET[(n >> 18) & 63] ?? '') +
      (ALPHABET[(n >> 12) & 63] ?? '') +
      (i + 1 < bytes.length ? (ALPHABET[(n >> 6) & 63] ?? '') : '=') +
      (i + 2 < bytes.length ? (ALPHABET[n & 63] ?? '') : '=');
    // Strings built in pieces: one long += chain over megabytes of fonts is slow.
    if (chunk.length >= 8192) {
      out.push(chunk);
      chunk = '';
    }
  }
  out.push(chunk);
  return out.join('');
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export function checkedBase64(data: string, what: string): string {
  const clean = data.replace(/\s+/g, '');
  if (!BASE64.test(clean)) throw new Error(`${what}: not base64`);
  return clean;
}

export function dataUrl(
  mime: string,
  source: { dataBase64?: string; bytes?: Uint8Array },
  what: string,
): string {
  if (!/^[a-z]+\/[a-z0-9.+-]+$/.test(mime)) throw new Error(`${what}: bad media type ${mime}`);
  const data = source.bytes ? toBase64(source.bytes) : checkedBase64(source.dataBase64 ?? '', what);
  return `data:${mime};base64,${data}`;
}
