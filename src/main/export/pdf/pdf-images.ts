// Photos for the PDF. A JPEG the paper's colour already fits goes in byte for byte (DCT,
// never decoded); a PNG, WebP or GIF, or a JPEG in another colour than the paper prints
// (RGB on a CMYK or greyscale paper), is converted once by sharp (libvips, with its ICC
// profiles; no colour maths here) and the result kept by asset and colour, in memory and
// in the print cache beside the database (print-cache.ts), so the next export — the next
// CLI run too — embeds it unchanged. The Exif orientation is not applied to
// pixels: the image matrix turns the image (content-stream.ts).

import type { PDFContext, PDFRef } from 'pdf-lib';
import type { PhotoColour } from '../../../shared/model/settings';
import type { ImageSource } from '../../../shared/render/types';
import { readJpegFrame } from '../../desk/asset/image-header';
import type { PrintCache } from '../print-cache';
import { LruCache } from '../subset-cache';
import { rawStream } from './streams';

/** What the paper prints photos in. RGB leaves the conversion to the plant. */
export type { PhotoColour };

export interface PdfJpeg {
  bytes: Uint8Array;
  width: number;
  height: number;
  components: number;
  /** Adobe-marked CMYK JPEGs store inverted values: the image needs a Decode array. */
  inverted: boolean;
}

/** An issue's photos, twice (an editor re-exports after a change), in each colour. */
const converted = new LruCache<PdfJpeg>(48);

const WANTED: Record<PhotoColour, number[]> = { cmyk: [4, 1], grey: [1], rgb: [1, 3, 4] };

function asJpeg(bytes: Uint8Array): PdfJpeg | undefined {
  const frame = readJpegFrame(bytes);
  if (!frame) return undefined;
  const { width, height, components } = frame;
  return { bytes, width, height, components, inverted: components === 4 && frame.adobe };
}

/** JPEG quality of a converted photo: newsprint shows no difference from 92, and the file
 * is about half the size. */
const QUALITY = 85;

async function convert(bytes: Uint8Array, colour: PhotoColour): Promise<PdfJpeg> {
  // sharp (libvips) is loaded only when a photo needs converting.
  const { default: sharp } = await import('sharp');
  let image = sharp(bytes, { failOn: 'error' });
  if (colour === 'cmyk') image = image.toColourspace('cmyk');
  else if (colour === 'grey') image = image.toColourspace('b-w');
  else image = image.toColourspace('srgb');
  const out = await image.jpeg({ quality: QUALITY }).toBuffer();
  const jpeg = asJpeg(out);
  if (!jpeg) throw new Error('sharp gave no JPEG');
  return jpeg;
}

/** The JPEG to embed for an asset in the paper's colour. */
export async function photoJpeg(
  hash: string,
  source: ImageSource,
  colour: PhotoColour,
  disk?: PrintCache,
): Promise<PdfJpeg> {
  const bytes = source.bytes ?? Buffer.from(source.dataBase64 ?? '', 'base64');
  const jpeg = source.mime === 'image/jpeg' ? asJpeg(bytes) : undefined;
  if (jpeg && WANTED[colour].includes(jpeg.components)) return jpeg;
  const key = `photo|${hash}|${colour}|q${QUALITY}`;
  const hit = converted.get(key);
  if (hit) return hit;
  const stored = disk?.get(key);
  const fromDisk = stored ? asJpeg(stored) : undefined;
  if (fromDisk) {
    converted.set(key, fromDisk);
    return fromDisk;
  }
  try {
    const made = await convert(bytes, colour);
    converted.set(key, made);
    disk?.put(key, made.bytes);
    return made;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new Error(
      `photo ${hash.slice(0, 12)} (${source.mime}): cannot convert for print: ${why}`,
    );
  }
}

const SPACE: Record<number, string> = { 1: 'DeviceGray', 3: 'DeviceRGB', 4: 'DeviceCMYK' };

export function embedJpeg(ctx: PDFContext, jpeg: PdfJpeg): PDFRef {
  const space = SPACE[jpeg.components];
  if (!space) throw new Error(`a JPEG with ${jpeg.components} components cannot go into a PDF`);
  return rawStream(ctx, jpeg.bytes, {
    Type: 'XObject',
    Subtype: 'Image',
    Width: jpeg.width,
    Height: jpeg.height,
    ColorSpace: space,
    BitsPerComponent: 8,
    Filter: 'DCTDecode',
    ...(jpeg.inverted ? { Decode: [1, 0, 1, 0, 1, 0, 1, 0] } : {}),
  });
}
