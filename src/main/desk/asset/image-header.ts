// Pixel size and type from the first bytes of an image, so a photo's size is known without
// decoding it. PNG, JPEG, GIF and WebP: what newsroom cameras and phones hand in. The size
// is the size as displayed: a phone's upright photo is often stored on its side with an
// EXIF orientation saying so, which Chromium (image-orientation: from-image) applies on
// screen and in print; the layout must give the photo that shape, not the stored one.

import type { ImageMime } from '../../../shared/contract/domains/asset';

export interface ImageHeader {
  mime: ImageMime;
  width: number;
  height: number;
}

/** The image's type and size, or undefined when the bytes are not one we know. */
export function readImageHeader(bytes: Uint8Array): ImageHeader | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = png(bytes, view) ?? gif(bytes, view) ?? webp(bytes, view) ?? jpeg(bytes);
  return header && header.width > 0 && header.height > 0 ? header : undefined;
}

const ascii = (bytes: Uint8Array, at: number, length: number) =>
  String.fromCharCode(...bytes.subarray(at, at + length));

function png(bytes: Uint8Array, view: DataView): ImageHeader | undefined {
  // Signature, then the IHDR chunk, which the format requires to come first.
  if (bytes.length < 24 || ascii(bytes, 1, 3) !== 'PNG' || ascii(bytes, 12, 4) !== 'IHDR') {
    return undefined;
  }
  return { mime: 'image/png', width: view.getUint32(16), height: view.getUint32(20) };
}

function gif(bytes: Uint8Array, view: DataView): ImageHeader | undefined {
  if (bytes.length < 10 || !/^GIF8[79]a$/.test(ascii(bytes, 0, 6))) return undefined;
  return { mime: 'image/gif', width: view.getUint16(6, true), height: view.getUint16(8, true) };
}

function webp(bytes: Uint8Array, view: DataView): ImageHeader | undefined {
  if (bytes.length < 30 || ascii(bytes, 0, 4) !== 'RIFF' || ascii(bytes, 8, 4) !== 'WEBP') {
    return undefined;
  }
  const mime = 'image/webp';
  switch (ascii(bytes, 12, 4)) {
    case 'VP8 ': // lossy: 14-bit sizes after the key frame's start code
      return {
        mime,
        width: view.getUint16(26, true) & 0x3fff,
        height: view.getUint16(28, true) & 0x3fff,
      };
    case 'VP8L': {
      // lossless: two 14-bit fields (size - 1) packed after the 0x2f signature byte
      const bits = view.getUint32(21, true);
      return { mime, width: (bits & 0x3fff) + 1, height: ((bits >> 14) & 0x3fff) + 1 };
    }
    case 'VP8X': // extended: 24-bit canvas size - 1
      return { mime, width: uint24(bytes, 24) + 1, height: uint24(bytes, 27) + 1 };
    default:
      return undefined;
  }
}

function uint24(bytes: Uint8Array, at: number): number {
  return (bytes[at] ?? 0) | ((bytes[at + 1] ?? 0) << 8) | ((bytes[at + 2] ?? 0) << 16);
}

/** Start-of-frame markers (SOF0–SOF15 less DHT, JPG and DAC) carry the frame size. */
const SOF = new Set([0xc0, 0xc1, 0xc2, 0xc3, 0xc5, 0xc6, 0xc7, 0xc9, 0xca, 0xcb, 0xcd, 0xce, 0xcf]);

/** A JPEG's frame as stored (before any Exif turn): what a PDF image dictionary states. */
export interface JpegFrame {
  width: number;
  height: number;
  /** 1 grey, 3 YCbCr/RGB, 4 CMYK. */
  components: number;
  /** Exif orientation 1–8 (1 when absent). */
  orientation: number;
  /** An Adobe APP14 segment is present (CMYK from Adobe tools is stored inverted). */
  adobe: boolean;
}

export function readJpegFrame(bytes: Uint8Array): JpegFrame | undefined {
  if (bytes.length < 4 || bytes[0] !== 0xff || bytes[1] !== 0xd8) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = 2;
  let orientation = 1;
  let adobe = false;
  while (at + 9 <= bytes.length) {
    if (bytes[at] !== 0xff) return undefined;
    const marker = bytes[at + 1] ?? 0;
    if (marker === 0xff) {
      at += 1; // fill byte
      continue;
    }
    if (SOF.has(marker)) {
      const height = view.getUint16(at + 5);
      const width = view.getUint16(at + 7);
      const components = bytes[at + 9] ?? 0;
      return { width, height, components, orientation, adobe };
    }
    if (marker === 0xe1) orientation = exifOrientation(view, at + 4, view.getUint16(at + 2) - 2);
    if (marker === 0xee && ascii(bytes, at + 4, 5) === 'Adobe') adobe = true;
    // Markers without a length field; everything else says how long it is.
    if (marker === 0x01 || (marker >= 0xd0 && marker <= 0xd8)) at += 2;
    else at += 2 + view.getUint16(at + 2);
  }
  return undefined;
}

function jpeg(bytes: Uint8Array): ImageHeader | undefined {
  const frame = readJpegFrame(bytes);
  if (!frame) return undefined;
  const { width, height, orientation } = frame;
  // Orientations 5–8 turn the picture a quarter: it displays height x width.
  return orientation >= 5 && orientation <= 8
    ? { mime: 'image/jpeg', width: height, height: width }
    : { mime: 'image/jpeg', width, height };
}

/** The Orientation tag (0x0112) of IFD0 in an APP1 Exif segment; 1 (upright) if absent. */
function exifOrientation(view: DataView, start: number, length: number): number {
  const end = Math.min(start + length, view.byteLength);
  if (end - start < 14) return 1;
  const id = [0, 1, 2, 3, 4, 5].map((k) => view.getUint8(start + k));
  if (String.fromCharCode(...id.slice(0, 4)) !== 'Exif' || id[4] !== 0 || id[5] !== 0) return 1;
  const tiff = start + 6;
  const order = view.getUint16(tiff);
  if (order !== 0x4949 && order !== 0x4d4d) return 1; // "II" little, "MM" big endian
  const little = order === 0x4949;
  if (view.getUint16(tiff + 2, little) !== 42) return 1;
  const ifd = tiff + view.getUint32(tiff + 4, little);
  if (ifd + 2 > end) return 1;
  const count = view.getUint16(ifd, little);
  for (let k = 0; k < count; k++) {
    const entry = ifd + 2 + k * 12;
    if (entry + 12 > end) return 1;
    if (view.getUint16(entry, little) === 0x0112) return view.getUint16(entry + 8, little);
  }
  return 1;
}
