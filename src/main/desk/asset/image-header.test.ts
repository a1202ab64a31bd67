import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  gifHeader,
  jpegHeader,
  tinyPng,
  webpHeader,
  withOrientation,
} from '../../import/test-support/images';
import { readImageHeader } from './image-header';

describe('readImageHeader', () => {
  it('reads type and pixel size of PNG, JPEG, GIF and WebP', () => {
    expect(readImageHeader(tinyPng(3, 2))).toEqual({ mime: 'image/png', width: 3, height: 2 });
    expect(readImageHeader(jpegHeader(1600, 1200))).toEqual({
      mime: 'image/jpeg',
      width: 1600,
      height: 1200,
    });
    expect(readImageHeader(gifHeader(320, 240))).toEqual({
      mime: 'image/gif',
      width: 320,
      height: 240,
    });
    expect(readImageHeader(webpHeader(4000, 3000))).toEqual({
      mime: 'image/webp',
      width: 4000,
      height: 3000,
    });
  });

  it('reads lossy and lossless WebP', () => {
    const lossy = Buffer.alloc(30);
    lossy.write('RIFF', 0, 'latin1');
    lossy.write('WEBPVP8 ', 8, 'latin1');
    lossy.writeUInt16LE(640, 26);
    lossy.writeUInt16LE(480, 28);
    expect(readImageHeader(lossy)).toEqual({ mime: 'image/webp', width: 640, height: 480 });
    const lossless = Buffer.alloc(30);
    lossless.write('RIFF', 0, 'latin1');
    lossless.write('WEBPVP8L', 8, 'latin1');
    lossless[20] = 0x2f;
    lossless.writeUInt32LE((100 - 1) | ((50 - 1) << 14), 21);
    expect(readImageHeader(lossless)).toEqual({ mime: 'image/webp', width: 100, height: 50 });
  });

  it('skips JPEG segments before the frame header', () => {
    const exif = Buffer.concat([Buffer.from([0xff, 0xe1, 0x00, 0x06]), Buffer.from('Exif')]);
    const plain = jpegHeader(800, 600);
    const withExif = Buffer.concat([plain.subarray(0, 2), exif, plain.subarray(2)]);
    expect(readImageHeader(withExif)).toEqual({ mime: 'image/jpeg', width: 800, height: 600 });
  });

  it('gives a JPEG turned a quarter by its Exif orientation the size it displays at', () => {
    const stored = jpegHeader(4032, 3024); // a phone photo held upright, stored on its side
    for (const little of [true, false]) {
      for (const turned of [5, 6, 7, 8]) {
        expect(readImageHeader(withOrientation(stored, turned, little))).toEqual({
          mime: 'image/jpeg',
          width: 3024,
          height: 4032,
        });
      }
      for (const upright of [1, 2, 3, 4]) {
        expect(readImageHeader(withOrientation(stored, upright, little))).toMatchObject({
          width: 4032,
          height: 3024,
        });
      }
    }
  });

  it('never throws on a broken Exif segment: it reads as upright', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.boolean(), (noise, little) => {
        const exif = withOrientation(jpegHeader(40, 30), 6, little);
        // Keep the segment's marker, length and "Exif" id; garble the TIFF data after them
        // (bytes 12–36 of the 36-byte segment after the SOI; the frame header stays whole).
        const broken = Buffer.from(exif);
        broken.set(noise.subarray(0, 36 - 12), 12);
        const header = readImageHeader(broken);
        if (header) expect([40, 30]).toContain(header.width);
      }),
    );
  });

  it('refuses what is not an image, a truncated header and a zero size', () => {
    expect(readImageHeader(Buffer.from('hello, this is text, not a picture'))).toBeUndefined();
    expect(readImageHeader(tinyPng(3, 2).subarray(0, 20))).toBeUndefined();
    expect(readImageHeader(jpegHeader(800, 600).subarray(0, 12))).toBeUndefined();
    expect(readImageHeader(gifHeader(0, 10))).toBeUndefined();
    expect(readImageHeader(new Uint8Array(0))).toBeUndefined();
  });
});
