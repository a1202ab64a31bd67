import { mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CachedFace, embedFonts } from './embed-fonts';
import { photoJpeg } from './pdf/pdf-images';
import { fileCache, type PrintCache } from './print-cache';
import { LruCache } from './subset-cache';

/** A cache in memory that records what was asked and kept. */
function recording(): PrintCache & { puts: string[]; gets: string[]; map: Map<string, Buffer> } {
  const map = new Map<string, Buffer>();
  const puts: string[] = [];
  const gets: string[] = [];
  return {
    map,
    puts,
    gets,
    get: (key) => {
      gets.push(key);
      return map.get(key);
    },
    put: (key, bytes) => {
      puts.push(key);
      map.set(key, Buffer.from(bytes));
    },
  };
}

/** The smallest baseline JPEG header sharp reads the frame of: a 1×1 greyscale image. */
async function greyJpeg(): Promise<Buffer> {
  const { default: sharp } = await import('sharp');
  return sharp({ create: { width: 3, height: 2, channels: 3, background: '#808080' } })
    .toColourspace('b-w')
    .jpeg()
    .toBuffer();
}

describe('print cache', () => {
  it('gives back the bytes kept under a key, across cache objects (processes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'print-cache-'));
    fileCache(dir).put('photo|abc|cmyk|q85', Buffer.from('kept bytes'));
    expect(fileCache(dir).get('photo|abc|cmyk|q85')?.toString()).toBe('kept bytes');
    expect(fileCache(dir).get('photo|abc|grey|q85')).toBeUndefined();
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('keeps the newest files and drops the oldest past its size', () => {
    const dir = mkdtempSync(join(tmpdir(), 'print-cache-'));
    const cache = fileCache(dir, 3);
    const seen = new Set<string>();
    for (let i = 0; i < 3; i++) {
      cache.put(`k${i}`, Buffer.from(String(i)));
      // Older files by mtime, oldest first.
      const file = readdirSync(dir).find((f) => !seen.has(f)) as string;
      seen.add(file);
      utimesSync(join(dir, file), 1000 + i, 1000 + i);
    }
    cache.put('k3', Buffer.from('3'));
    expect(readdirSync(dir)).toHaveLength(3);
    expect(cache.get('k0')).toBeUndefined();
    expect(['k1', 'k2', 'k3'].map((k) => cache.get(k)?.toString())).toEqual(['1', '2', '3']);
  });

  it('embeds a converted photo from the cache instead of converting it again', async () => {
    const kept = await greyJpeg();
    const disk = recording();
    disk.map.set('photo|cafe01|grey|q85', kept);
    // Bytes sharp cannot read: only the cache can give this photo.
    const jpeg = await photoJpeg(
      'cafe01',
      { mime: 'image/png', bytes: Buffer.from('not a png') },
      'grey',
      disk,
    );
    expect(Buffer.from(jpeg.bytes).equals(kept)).toBe(true);
    expect(jpeg.components).toBe(1);
  });

  it('keeps a converted photo for the next process, under its asset and colour', async () => {
    const disk = recording();
    const png = await (await import('sharp'))
      .default({ create: { width: 4, height: 4, channels: 3, background: '#c04020' } })
      .png()
      .toBuffer();
    const jpeg = await photoJpeg('beef02', { mime: 'image/png', bytes: png }, 'cmyk', disk);
    expect(jpeg.components).toBe(4);
    expect(disk.puts).toEqual(['photo|beef02|cmyk|q85']);
    expect(disk.map.get('photo|beef02|cmyk|q85')?.equals(Buffer.from(jpeg.bytes))).toBe(true);
  });

  it('subsets a face once: the next export (another process) takes it from the cache', async () => {
    const disk = recording();
    const uses = [{ key: 'serif-400' as const, text: '全市老旧小区改造' }];
    await embedFonts(uses, { cache: new LruCache<CachedFace>(8), disk });
    expect(disk.puts).toHaveLength(1);
    const key = disk.puts[0] as string;
    expect(key).toMatch(/^subset\|.*NotoSerifSC.*\|[0-9a-f]{32}$/);
    // What the next process finds under that key is what it embeds: no subsetting again.
    disk.map.set(key, Buffer.from('marker'));
    const again = await embedFonts(uses, { cache: new LruCache<CachedFace>(8), disk });
    expect(disk.puts).toHaveLength(1);
    expect(again.faces.map((f) => f.bytes)).toEqual([6]);
    expect(again.css).toContain(Buffer.from('marker').toString('base64'));
  });
});
