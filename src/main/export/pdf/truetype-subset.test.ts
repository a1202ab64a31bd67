import * as fontkit from 'fontkit';
import { describe, expect, it } from 'vitest';
import { subsetTrueType } from '../../../shared/pdf/truetype-subset';
import { fontBytes } from '../../fonts/font-bytes';
import { fontPath, registeredFont } from '../../fonts/font-registry';
import { loadFontMetrics } from '../../fonts/load-font-metrics';

function open(bytes: Uint8Array): fontkit.Font {
  const font = fontkit.create(Buffer.from(bytes));
  if (!('glyphForCodePoint' in font)) throw new Error('a collection');
  return font;
}

const pathOf = (font: fontkit.Font, gid: number) => font.getGlyph(gid).path.toSVG();

describe('TrueType subset, glyph ids kept', () => {
  const full = fontBytes(fontPath(registeredFont('serif-400')));
  const before = Buffer.from(full);
  const metrics = loadFontMetrics('serif-400');
  // The ZHS em dash is another glyph than the cmap's: the subset keeps the one asked for.
  const gids = [...'中文，—'].map((ch) => metrics.glyphId?.(ch.codePointAt(0) ?? 0) ?? 0);

  it('keeps the outlines of the glyphs asked for at their ids, empties the rest', () => {
    const cut = subsetTrueType(full, gids);
    const original = open(full);
    const subset = open(cut);
    expect(subset.numGlyphs).toBe(original.numGlyphs);
    for (const gid of gids) {
      expect(gid).toBeGreaterThan(0);
      expect(pathOf(subset, gid)).toBe(pathOf(original, gid));
      expect(pathOf(subset, gid).length).toBeGreaterThan(20);
    }
    const other = original.glyphForCodePoint('国'.codePointAt(0) ?? 0).id;
    expect(pathOf(original, other).length).toBeGreaterThan(20);
    expect(pathOf(subset, other)).toBe('');
    // Four glyphs out of 30,920: the file is a sliver of the face's 14.8 MB.
    expect(cut.length).toBeLessThan(full.length / 20);
    // The font it came from is untouched (a Buffer's slice() would have shared its bytes).
    expect(Buffer.compare(full, before)).toBe(0);
  });

  it('writes a well-formed sfnt: the whole-file checksum is the magic number', () => {
    const cut = subsetTrueType(full, gids);
    const view = new DataView(cut.buffer, cut.byteOffset, cut.byteLength);
    let sum = 0;
    for (let i = 0; i + 4 <= cut.length; i += 4) sum = (sum + view.getUint32(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    const tags = Array.from({ length: view.getUint16(4) }, (_, i) =>
      String.fromCharCode(...cut.subarray(12 + i * 16, 16 + i * 16)),
    );
    // What a PDF's TrueType needs, sorted by tag; no cmap, layout or name tables.
    expect(tags.filter((t) => !['cvt ', 'fpgm', 'prep'].includes(t))).toEqual([
      'glyf',
      'head',
      'hhea',
      'hmtx',
      'loca',
      'maxp',
    ]);
    expect([...tags].sort()).toEqual(tags);
  });

  it('keeps the components of a composite glyph', () => {
    const latin = fontBytes(fontPath(registeredFont('latin-serif-400')));
    const original = open(latin);
    const composite = [...'éüñçåÅ']
      .map((ch) => original.glyphForCodePoint(ch.codePointAt(0) ?? 0))
      // biome-ignore lint/suspicious/noExplicitAny: fontkit's types omit the decoded glyf
      .find((g) => ((g as any)._decode()?.numberOfContours ?? 0) < 0);
    if (!composite) throw new Error('no composite glyph to test with');
    const subset = open(subsetTrueType(latin, [composite.id]));
    expect(pathOf(subset, composite.id)).toBe(pathOf(original, composite.id));
    expect(pathOf(subset, composite.id).length).toBeGreaterThan(20);
  });
});
