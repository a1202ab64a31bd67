import { describe, expect, it } from 'vitest';
import { gifHeader, jpegHeader, tinyPng, webpHeader } from '../../import/test-support/images';
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

  it('refuses what is not an image, a truncated header and a zero size', () => {
    expect(readImageHeader(Buffer.from('hello, this is text, not a picture'))).toBeUndefined();
    expect(readImageHeader(tinyPng(3, 2).subarray(0, 20))).toBeUndefined();
    expect(readImageHeader(jpegHeader(800, 600).subarray(0, 12))).toBeUndefined();
    expect(readImageHeader(gifHeader(0, 10))).toBeUndefined();
    expect(readImageHeader(new Uint8Array(0))).toBeUndefined();
  });
});
