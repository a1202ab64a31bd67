// A URL or e-mail address in Latin text breaks only after a single slash of its path,
// never inside its scheme (https://), host or words, and never with a hyphen.

const URL_TOKEN = /(?:[a-z][a-z0-9+.-]*:\/\/|www\.)\S+|\S+@\S+\.\S+/gi;

/** Clears breakAfter inside URL tokens of `text` except after a single path slash. */
export function keepUrlsWhole(text: string, offsets: Int32Array, breakAfter: Uint8Array): void {
  if (!text.includes('://') && !text.includes('www.') && !text.includes('@')) return;
  const n = breakAfter.length;
  for (const m of text.matchAll(URL_TOKEN)) {
    const from = m.index ?? 0;
    const to = from + m[0].length;
    const pathStart = text.indexOf('/', text.indexOf('://', from) >= 0 ? from + 3 : from);
    for (let k = indexAt(offsets, n, from); k < n && (offsets[k] ?? to) < to - 1; k++) {
      const at = offsets[k] ?? 0;
      const slash = text[at] === '/' && text[at + 1] !== '/' && text[at - 1] !== '/';
      breakAfter[k] = slash && pathStart >= 0 && at >= pathStart && at + 1 < to ? 1 : 0;
    }
  }
}

function indexAt(offsets: Int32Array, n: number, offset: number): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((offsets[mid] ?? 0) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
