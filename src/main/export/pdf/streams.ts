// Streams compressed with Node's zlib (pdf-lib's own deflate is JavaScript, several times
// slower on a font of a megabyte).

import { deflateSync } from 'node:zlib';
import { type PDFContext, type PDFDict, PDFRawStream, type PDFRef } from 'pdf-lib';

export function flateStream(
  ctx: PDFContext,
  data: Uint8Array,
  dict: Record<string, unknown> = {},
): PDFRef {
  const packed = deflateSync(data, { level: 6 });
  // biome-ignore lint/suspicious/noExplicitAny: pdf-lib's obj() takes its own literal type
  const d = ctx.obj({ ...dict, Filter: 'FlateDecode' } as any) as unknown as PDFDict;
  return ctx.register(PDFRawStream.of(d, packed));
}

export function rawStream(
  ctx: PDFContext,
  data: Uint8Array,
  dict: Record<string, unknown>,
): PDFRef {
  // biome-ignore lint/suspicious/noExplicitAny: pdf-lib's obj() takes its own literal type
  return ctx.register(PDFRawStream.of(ctx.obj(dict as any) as unknown as PDFDict, data));
}
