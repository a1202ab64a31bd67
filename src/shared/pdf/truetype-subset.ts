// A TrueType font cut down to the glyphs a PDF paints, keeping every glyph id: the glyphs
// not used become empty (zero-length in `loca`), the used ones — and the components of
// composite ones — are copied byte for byte. With ids unchanged, a CIDFontType2 under
// Identity-H needs no renumbering: a code is the glyph id the engine measured (the ZHS
// form included). Only the tables a PDF's embedded TrueType needs are written (head, hhea,
// maxp, hmtx, loca, glyf and the hinting programs); a PDF takes widths from /W and text
// from /ToUnicode, not from the font's own cmap. Pure byte work: a Han face of 65,000
// glyphs is cut to an issue's 3,000 in milliseconds, where hb-subset copies the whole face
// into its heap and walks its layout tables.

const KEPT = ['cvt ', 'fpgm', 'prep', 'head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf'];

interface Table {
  offset: number;
  length: number;
}

function tables(view: DataView): Map<string, Table> {
  const out = new Map<string, Table>();
  const count = view.getUint16(4);
  for (let i = 0; i < count; i++) {
    const at = 12 + i * 16;
    const tag = String.fromCharCode(
      view.getUint8(at),
      view.getUint8(at + 1),
      view.getUint8(at + 2),
      view.getUint8(at + 3),
    );
    out.set(tag, { offset: view.getUint32(at + 8), length: view.getUint32(at + 12) });
  }
  return out;
}

function need(map: Map<string, Table>, tag: string): Table {
  const t = map.get(tag);
  if (!t) throw new Error(`not a TrueType font with outlines: no ${tag} table`);
  return t;
}

const MORE_COMPONENTS = 0x0020;
const ARG_1_AND_2_ARE_WORDS = 0x0001;
const WE_HAVE_A_SCALE = 0x0008;
const WE_HAVE_AN_X_AND_Y_SCALE = 0x0040;
const WE_HAVE_A_TWO_BY_TWO = 0x0080;

/** The glyph ids a composite glyph is built from. */
function components(view: DataView, start: number, end: number): number[] {
  if (end - start < 10 || view.getInt16(start) >= 0) return [];
  const out: number[] = [];
  let at = start + 10;
  for (;;) {
    if (at + 4 > end) break;
    const flags = view.getUint16(at);
    out.push(view.getUint16(at + 2));
    at += 4 + (flags & ARG_1_AND_2_ARE_WORDS ? 4 : 2);
    if (flags & WE_HAVE_A_SCALE) at += 2;
    else if (flags & WE_HAVE_AN_X_AND_Y_SCALE) at += 4;
    else if (flags & WE_HAVE_A_TWO_BY_TWO) at += 8;
    if (!(flags & MORE_COMPONENTS)) break;
  }
  return out;
}

/** A copy, never a view: a Node Buffer's slice() shares the font's bytes. */
function copyOf(bytes: Uint8Array, start: number, length: number): Uint8Array {
  const out = new Uint8Array(length);
  out.set(bytes.subarray(start, start + length));
  return out;
}

function checksum(bytes: Uint8Array): number {
  const padded = new Uint8Array((bytes.length + 3) & ~3);
  padded.set(bytes);
  const view = new DataView(padded.buffer);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
  return sum;
}

/** The font with only `used` glyphs (and glyph 0, .notdef) left in it, ids unchanged. */
export function subsetTrueType(font: Uint8Array, used: Iterable<number>): Uint8Array {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const map = tables(view);
  const head = need(map, 'head');
  const maxp = need(map, 'maxp');
  const loca = need(map, 'loca');
  const glyf = need(map, 'glyf');
  const hhea = need(map, 'hhea');
  const hmtx = need(map, 'hmtx');
  const numGlyphs = view.getUint16(maxp.offset + 4);
  const longLoca = view.getInt16(head.offset + 50) === 1;
  const at = (gid: number) =>
    longLoca ? view.getUint32(loca.offset + gid * 4) : view.getUint16(loca.offset + gid * 2) * 2;

  // The used glyphs and, transitively, their components.
  const keep = new Set<number>([0]);
  const queue = [0, ...used];
  while (queue.length > 0) {
    const gid = queue.pop() as number;
    if (gid < 0 || gid >= numGlyphs) continue;
    keep.add(gid);
    const start = glyf.offset + at(gid);
    for (const c of components(view, start, glyf.offset + at(gid + 1))) {
      if (!keep.has(c)) queue.push(c);
    }
  }

  // glyf and a long loca: empty glyphs between the kept ones, each kept one 4-byte aligned.
  const ids = [...keep].sort((a, b) => a - b);
  let size = 0;
  for (const gid of ids) size += (at(gid + 1) - at(gid) + 3) & ~3;
  const newGlyf = new Uint8Array(size);
  const newLoca = new Uint8Array((numGlyphs + 1) * 4);
  const locaView = new DataView(newLoca.buffer);
  let offset = 0;
  let next = 0;
  for (let gid = 0; gid <= numGlyphs; gid++) {
    locaView.setUint32(gid * 4, offset);
    if (gid === ids[next]) {
      next++;
      const start = glyf.offset + at(gid);
      const length = at(gid + 1) - at(gid);
      newGlyf.set(font.subarray(start, start + length), offset);
      offset += (length + 3) & ~3;
    }
  }

  // hmtx: the metrics of glyphs not kept zeroed (a PDF takes widths from /W), so it packs.
  const newHmtx = copyOf(font, hmtx.offset, hmtx.length);
  const hmtxView = new DataView(newHmtx.buffer);
  const longMetrics = view.getUint16(hhea.offset + 34);
  for (let gid = 0; gid < numGlyphs; gid++) {
    if (keep.has(gid) || gid === longMetrics - 1) continue;
    const pos = gid < longMetrics ? gid * 4 : longMetrics * 4 + (gid - longMetrics) * 2;
    if (pos + (gid < longMetrics ? 4 : 2) > newHmtx.length) break;
    if (gid < longMetrics) hmtxView.setUint32(pos, 0);
    else hmtxView.setUint16(pos, 0);
  }

  const newHead = copyOf(font, head.offset, head.length);
  const headView = new DataView(newHead.buffer);
  headView.setUint32(8, 0); // checkSumAdjustment, set below
  headView.setInt16(50, 1); // long loca

  const out = new Map<string, Uint8Array>();
  for (const tag of KEPT) {
    const t = map.get(tag);
    if (!t) continue;
    if (tag === 'head') out.set(tag, newHead);
    else if (tag === 'loca') out.set(tag, newLoca);
    else if (tag === 'glyf') out.set(tag, newGlyf);
    else if (tag === 'hmtx') out.set(tag, newHmtx);
    else out.set(tag, font.subarray(t.offset, t.offset + t.length));
  }
  return assemble(out);
}

/** An sfnt from its tables: directory sorted by tag, each table 4-byte aligned. */
function assemble(tablesByTag: Map<string, Uint8Array>): Uint8Array {
  const tags = [...tablesByTag.keys()].sort();
  const count = tags.length;
  let size = 12 + count * 16;
  for (const tag of tags) size += ((tablesByTag.get(tag) as Uint8Array).length + 3) & ~3;
  const bytes = new Uint8Array(size);
  const view = new DataView(bytes.buffer);
  const power = 2 ** Math.floor(Math.log2(count));
  view.setUint32(0, 0x00010000);
  view.setUint16(4, count);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, count * 16 - power * 16);
  let offset = 12 + count * 16;
  let headAt = -1;
  tags.forEach((tag, i) => {
    const data = tablesByTag.get(tag) as Uint8Array;
    const rec = 12 + i * 16;
    for (let k = 0; k < 4; k++) view.setUint8(rec + k, tag.charCodeAt(k));
    view.setUint32(rec + 4, checksum(data));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, data.length);
    bytes.set(data, offset);
    if (tag === 'head') headAt = offset;
    offset += (data.length + 3) & ~3;
  });
  if (headAt >= 0) view.setUint32(headAt + 8, (0xb1b0afba - checksum(bytes)) >>> 0);
  return bytes;
}
