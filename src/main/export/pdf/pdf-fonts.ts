// The faces a PDF uses: each cut down to the glyphs painted in it, ids unchanged
// (shared/pdf/truetype-subset.ts), embedded as a CIDFontType2 under Identity-H whose codes
// are the glyph ids the display list names (the ZHS forms the engine measured), with the
// widths the engine measured and a ToUnicode CMap. No hb-subset here: the glyph ids are
// known, so nothing is found again by character or shaped again on the subset.

import { createHash } from 'node:crypto';
import * as fontkit from 'fontkit';
import { type PDFContext, type PDFRef, PDFString } from 'pdf-lib';
import type { DisplayPage } from '../../../shared/display/types';
import { toUnicodeCMap } from '../../../shared/pdf/to-unicode';
import { subsetTrueType } from '../../../shared/pdf/truetype-subset';
import type { FontKey } from '../../../shared/typeset/font-metrics';
import { fontBytes } from '../../fonts/font-bytes';
import { fontPath, registeredFont } from '../../fonts/font-registry';
import type { EmbedOptions } from '../embed-fonts';
import { flateStream } from './streams';

interface GlyphUse {
  text: string;
  /** Advance in 1/1000 em. */
  width: number;
}

export interface PdfFace {
  name: string;
  ref: PDFRef;
  code(gid: number): number;
  /** Glyphs of the full font the subset lacks (painted as .notdef). */
  missing: number;
}

/** Glyph id -> its text and width, per face, over all pages. */
export function glyphUses(pages: DisplayPage[]): Map<FontKey, Map<number, GlyphUse>> {
  const out = new Map<FontKey, Map<number, GlyphUse>>();
  for (const page of pages) {
    for (const item of page.items) {
      if (item.kind !== 'line') continue;
      for (const run of item.runs) {
        let uses = out.get(run.face);
        if (!uses) {
          uses = new Map();
          out.set(run.face, uses);
        }
        for (const g of run.glyphs) {
          if (!uses.has(g.gid))
            uses.set(g.gid, { text: g.text, width: (g.advance * 1000) / run.size });
        }
      }
    }
  }
  return out;
}

/** The full faces, parsed once per process (fontkit reads tables only when asked). */
const parsed = new Map<string, fontkit.Font>();

function fullFont(path: string): fontkit.Font {
  let font = parsed.get(path);
  if (!font) {
    const loaded = fontkit.create(fontBytes(path));
    if (!('glyphForCodePoint' in loaded)) throw new Error('font collections are not supported');
    font = loaded;
    parsed.set(path, font);
  }
  return font;
}

/** `[c [w] c [w] …]`: one width per code, as the engine measured it. */
function widths(codes: Map<number, number>): (number | number[])[] {
  const out: (number | number[])[] = [];
  for (const [code, width] of [...codes].sort((a, b) => a[0] - b[0])) {
    out.push(code, [Math.round(width * 1000) / 1000]);
  }
  return out;
}

function subsetTag(key: FontKey, data: Uint8Array): string {
  const digest = createHash('sha256').update(key).update(data).digest();
  return [...digest.subarray(0, 6)].map((b) => String.fromCharCode(65 + (b % 26))).join('');
}

/** A face cut down once for an export; every PDF of it (issue, single pages) embeds it. */
export interface PreparedFace {
  key: FontKey;
  data: Buffer;
  /** The full face: the descriptor's metrics and name come from it. */
  font: fontkit.Font;
  baseFont: string;
  /** Glyph id -> code in the PDF: the id itself, 0 where the face has no such glyph. */
  ids: Map<number, number>;
}

/** Cuts every face the pages use down to its glyphs. */
export async function preparePdfFonts(
  pages: DisplayPage[],
  options: EmbedOptions = {},
): Promise<PreparedFace[]> {
  const uses = glyphUses(pages);
  return [...uses].map(([key, glyphs]) => {
    const path = fontPath(registeredFont(key), options.fontDir);
    const font = fullFont(path);
    const ids = new Map<number, number>();
    for (const gid of glyphs.keys()) ids.set(gid, gid > 0 && gid < font.numGlyphs ? gid : 0);
    const data = Buffer.from(subsetTrueType(fontBytes(path), ids.values()));
    const name = font.postscriptName.replace(/[^\x21-\x7e]|[/()<>[\]{}%#]/g, '');
    return { key, data, font, baseFont: `${subsetTag(key, data)}+${name}`, ids };
  });
}

/** Embeds the prepared faces these pages use into one document; returns them by face key. */
export function embedPdfFonts(
  ctx: PDFContext,
  prepared: PreparedFace[],
  pages: DisplayPage[],
): Map<FontKey, PdfFace> {
  const uses = glyphUses(pages);
  const out = new Map<FontKey, PdfFace>();
  let n = 0;
  for (const face of prepared) {
    const glyphs = uses.get(face.key);
    if (!glyphs) continue;
    const { font, baseFont, ids } = face;
    const codes = new Map<number, number>();
    const unicode = new Map<number, string>();
    let missing = 0;
    for (const [gid, use] of glyphs) {
      const code = ids.get(gid) ?? 0;
      if (code === 0) {
        missing++;
        continue;
      }
      codes.set(code, use.width);
      unicode.set(code, use.text);
    }
    const scale = 1000 / font.unitsPerEm;
    const bbox = font.bbox;
    const descriptor = ctx.register(
      ctx.obj({
        Type: 'FontDescriptor',
        FontName: baseFont,
        Flags: 4,
        FontBBox: [bbox.minX, bbox.minY, bbox.maxX, bbox.maxY].map((v) => Math.round(v * scale)),
        ItalicAngle: 0,
        Ascent: Math.round(font.ascent * scale),
        Descent: Math.round(font.descent * scale),
        CapHeight: Math.round((font.capHeight || font.ascent) * scale),
        StemV: 80,
        FontFile2: flateStream(ctx, face.data, { Length1: face.data.length }),
      }),
    );
    const cidFont = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'CIDFontType2',
        BaseFont: baseFont,
        CIDSystemInfo: {
          Registry: PDFString.of('Adobe'),
          Ordering: PDFString.of('Identity'),
          Supplement: 0,
        },
        FontDescriptor: descriptor,
        DW: 1000,
        W: widths(codes),
        CIDToGIDMap: 'Identity',
      }),
    );
    const toUnicode = flateStream(ctx, Buffer.from(toUnicodeCMap(unicode), 'latin1'));
    const ref = ctx.register(
      ctx.obj({
        Type: 'Font',
        Subtype: 'Type0',
        BaseFont: baseFont,
        Encoding: 'Identity-H',
        DescendantFonts: [cidFont],
        ToUnicode: toUnicode,
      }),
    );
    n++;
    out.set(face.key, { name: `F${n}`, ref, code: (gid) => ids.get(gid) ?? 0, missing });
  }
  return out;
}
