// Display pages -> PDF, with no browser: pdf-lib's object model and writer, our own content
// streams (content-stream.ts), fonts by glyph id (pdf-fonts.ts), photos as JPEG
// (pdf-images.ts). Made for the plant as PDF/X-1a:2001 asks, as far as it can be without
// a validator: PDF 1.3, MediaBox ⊇ BleedBox ⊇ TrimBox, DeviceCMYK text and rules, black
// overprinting, an OutputIntent naming a registered newspaper characterization, the
// GTS_PDFX keys in the Info dictionary, Trapped /False and a file ID.

import { createHash } from 'node:crypto';
import {
  type PDFContext,
  PDFDocument,
  PDFHexString,
  PDFName,
  type PDFRef,
  PDFString,
} from 'pdf-lib';
import type { DisplayPage } from '../../../shared/display/types';
import { contentStream } from '../../../shared/pdf/content-stream';
import type { ImageSource } from '../../../shared/render/types';
import type { EmbedOptions } from '../embed-fonts';
import { embedPdfFonts, type PreparedFace, preparePdfFonts } from './pdf-fonts';
import { embedJpeg, type PdfJpeg, type PhotoColour, photoJpeg } from './pdf-images';
import { flateStream } from './streams';

export interface PdfOptions {
  title: string;
  colour: PhotoColour;
  /** A registered characterization (color.org), e.g. IFRA26 (newsprint, ISO 12647-3). */
  outputIntent: string;
  /** Why the export went ahead despite preflight errors; written into the Info dictionary. */
  forced?: string;
  /** Preflight warnings exported with the file, one line each. */
  warnings?: string[];
  /** Creation time (tests fix it). */
  now?: Date;
}

/** What one export prepares once for every file it writes. */
export interface PreparedPdf {
  fonts: PreparedFace[];
  images: Map<string, PdfJpeg>;
}

export async function preparePdf(
  pages: DisplayPage[],
  images: Record<string, ImageSource>,
  colour: PhotoColour,
  embed: EmbedOptions = {},
): Promise<PreparedPdf> {
  const used = new Set<string>();
  for (const page of pages) {
    for (const item of page.items)
      if (item.kind === 'image' && images[item.asset]) used.add(item.asset);
  }
  const [fonts, jpegs] = await Promise.all([
    preparePdfFonts(pages, embed),
    Promise.all(
      [...used].map(
        async (hash) =>
          [hash, await photoJpeg(hash, images[hash] as ImageSource, colour, embed.disk)] as const,
      ),
    ),
  ]);
  return { fonts, images: new Map(jpegs) };
}

function box(page: DisplayPage, r: { x: number; y: number; width: number; height: number }) {
  // Top-down page coordinates -> PDF's, y up from the bottom of the MediaBox.
  const round = (n: number) => Math.round(n * 1000) / 1000;
  return [
    round(r.x),
    round(page.height - r.y - r.height),
    round(r.x + r.width),
    round(page.height - r.y),
  ];
}

function pdfDate(d: Date): PDFString {
  const p = (n: number) => String(n).padStart(2, '0');
  return PDFString.of(
    `D:${d.getUTCFullYear()}${p(d.getUTCMonth() + 1)}${p(d.getUTCDate())}${p(d.getUTCHours())}${p(d.getUTCMinutes())}${p(d.getUTCSeconds())}Z`,
  );
}

/** A text string in the Info dictionary: UTF-16BE with a BOM where it is not ASCII. */
function text(value: string): PDFString | PDFHexString {
  return /^[\x20-\x7e]*$/.test(value)
    ? PDFString.of(value.replace(/([()\\])/g, '\\$1'))
    : PDFHexString.fromText(value);
}

function sharedResources(ctx: PDFContext) {
  const overprint = ctx.register(ctx.obj({ Type: 'ExtGState', OP: true, op: true, OPM: 1 }));
  const tint = ctx.register(
    ctx.obj({ FunctionType: 2, Domain: [0, 1], C0: [0, 0, 0, 0], C1: [1, 1, 1, 1], N: 1 }),
  );
  const all = ctx.obj([
    PDFName.of('Separation'),
    PDFName.of('All'),
    PDFName.of('DeviceCMYK'),
    tint,
  ]);
  return { overprint, all };
}

function outputIntent(ctx: PDFContext, identifier: string): PDFRef {
  return ctx.register(
    ctx.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFX',
      OutputConditionIdentifier: text(identifier),
      OutputCondition: text(identifier),
      RegistryName: text('http://www.color.org'),
      Info: text(
        identifier === 'IFRA26' ? 'ISO 12647-3:2004 coldset newsprint (IFRA26)' : identifier,
      ),
    }),
  );
}

/** One PDF of `pages` (the whole issue, or one page of it). */
export async function writePdf(
  pages: DisplayPage[],
  prepared: PreparedPdf,
  o: PdfOptions,
): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const ctx = doc.context;
  const fonts = embedPdfFonts(ctx, prepared.fonts, pages);
  const shared = sharedResources(ctx);
  const imageRefs = new Map<string, { name: string; ref: PDFRef }>();
  for (const page of pages) {
    const xobjects: Record<string, PDFRef> = {};
    const fontDict: Record<string, PDFRef> = {};
    const stream = contentStream(page, {
      font(face) {
        const f = fonts.get(face);
        if (!f) throw new Error(`no font prepared for ${face}`);
        fontDict[f.name] = f.ref;
        return f;
      },
      image(asset) {
        const jpeg = prepared.images.get(asset);
        if (!jpeg) return undefined;
        let img = imageRefs.get(asset);
        if (!img) {
          img = { name: `Im${imageRefs.size + 1}`, ref: embedJpeg(ctx, jpeg) };
          imageRefs.set(asset, img);
        }
        xobjects[img.name] = img.ref;
        return img.name;
      },
      overprint: 'GS1',
      registration: 'CS1',
    });
    const pdfPage = doc.addPage([page.width, page.height]);
    const node = pdfPage.node;
    node.set(
      PDFName.of('MediaBox'),
      ctx.obj(box(page, { x: 0, y: 0, width: page.width, height: page.height })),
    );
    node.set(PDFName.of('BleedBox'), ctx.obj(box(page, page.bleed)));
    node.set(PDFName.of('TrimBox'), ctx.obj(box(page, page.trim)));
    node.set(PDFName.of('Contents'), flateStream(ctx, Buffer.from(stream, 'latin1')));
    node.set(
      PDFName.of('Resources'),
      ctx.obj({
        ProcSet: ['PDF', 'Text', 'ImageB', 'ImageC'],
        Font: fontDict,
        XObject: xobjects,
        ExtGState: { GS1: shared.overprint },
        ColorSpace: { CS1: shared.all },
      }),
    );
  }
  const now = o.now ?? new Date();
  const info: Record<string, unknown> = {
    Title: text(o.title),
    Creator: text('Newsdesk'),
    Producer: text('Newsdesk PDF writer (pdf-lib)'),
    CreationDate: pdfDate(now),
    ModDate: pdfDate(now),
    Trapped: PDFName.of('False'),
    GTS_PDFXVersion: text('PDF/X-1:2001'),
    GTS_PDFXConformance: text('PDF/X-1a:2001'),
  };
  if (o.forced !== undefined) info.NewsdeskForced = text(o.forced);
  if (o.warnings && o.warnings.length > 0) info.NewsdeskWarnings = text(o.warnings.join('\n'));
  // biome-ignore lint/suspicious/noExplicitAny: pdf-lib's obj() takes its own literal type
  ctx.trailerInfo.Info = ctx.register(ctx.obj(info as any));
  doc.catalog.set(PDFName.of('OutputIntents'), ctx.obj([outputIntent(ctx, o.outputIntent)]));
  const id = createHash('md5')
    .update(o.title)
    .update(now.toISOString())
    .update(String(pages.length))
    .digest('hex');
  ctx.trailerInfo.ID = ctx.obj([PDFHexString.of(id), PDFHexString.of(id)]);
  const bytes = await doc.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
  });
  return asPdf13(bytes);
}

/** pdf-lib always writes a 1.7 header; PDF/X-1a:2001 is PDF 1.3, and nothing here is newer
 * (no object streams, no transparency). Same length, so no offset moves. */
function asPdf13(bytes: Uint8Array): Uint8Array {
  const head = '%PDF-1.7';
  for (let i = 0; i < head.length; i++) {
    if (bytes[i] !== head.charCodeAt(i)) throw new Error('pdf-lib wrote an unexpected header');
  }
  bytes[7] = '3'.charCodeAt(0);
  return bytes;
}
