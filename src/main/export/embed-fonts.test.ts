import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FONT_FILES, fontPath, registeredFont } from '../fonts/font-registry';
import { fontMetricsFromBuffer } from '../fonts/load-font-metrics';
import { type CachedFace, embedFonts, embedFontsForText } from './embed-fonts';
import { charsetOf } from './font-charset';
import { LruCache } from './subset-cache';

const PUNCTUATION = '，。、；：？！“”‘’（）《》【】—…·％℃ 0123456789ABCxyz';

/** About an issue's worth: 3,000 distinct Han characters the face has, plus punctuation. */
function issueCharset(): string {
  const serif = fontMetricsFromBuffer(readFileSync(fontPath(registeredFont('serif-400'))), 'serif');
  let text = PUNCTUATION;
  for (let cp = 0x4e00, n = 0; n < 3000; cp += 3) {
    if (serif.hasGlyph(cp)) {
      text += String.fromCodePoint(cp);
      n++;
    }
  }
  return text;
}

function fontOf(css: string, family: string, weight: number): Buffer {
  const rule = css
    .split('\n')
    .find((r) => r.includes(`'${family}'`) && r.includes(`font-weight:${weight};`));
  const base64 = /base64,([^)]+)\)/.exec(rule ?? '')?.[1];
  if (!base64) throw new Error(`no embedded ${family} ${weight}`);
  return Buffer.from(base64, 'base64');
}

describe('embedFonts', () => {
  const text = issueCharset();

  it('subsets each face with the advances the engine measured on the full font', async () => {
    const cache = new LruCache<CachedFace>(8);
    const fonts = await embedFontsForText(text, { cache });
    expect(fonts.notes).toEqual([]);
    expect(fonts.faces).toHaveLength(FONT_FILES.length);
    for (const file of FONT_FILES) {
      const fullBytes = readFileSync(fontPath(file));
      const subsetBytes = fontOf(fonts.css, file.family, file.weight);
      expect(subsetBytes.length).toBeLessThan(fullBytes.length / 3);
      const full = fontMetricsFromBuffer(fullBytes, file.family);
      const subset = fontMetricsFromBuffer(subsetBytes, file.family);
      expect([subset.unitsPerEm, subset.ascent, subset.descent]).toEqual([
        full.unitsPerEm,
        full.ascent,
        full.descent,
      ]);
      const differ = [...charsetOf(text)].filter((ch) => {
        const cp = ch.codePointAt(0) ?? 0;
        return subset.advance(cp) !== full.advance(cp);
      });
      expect(differ, `${file.key} advances`).toEqual([]);
    }
  });

  it('never points at anything but data: URLs', async () => {
    const fonts = await embedFontsForText('本报讯 News', { cache: new LruCache(8) });
    const urls = fonts.css.match(/url\(([^)]{0,30})/g) ?? [];
    expect(urls).toHaveLength(FONT_FILES.length);
    for (const url of urls) expect(url.startsWith('url(data:font/ttf;base64,')).toBe(true);
    expect(fonts.css).not.toMatch(/https?:|file:|local\(/);
  });

  it('caches by face and charset: same characters in any order hit the cache', async () => {
    const cache = new LruCache<CachedFace>(8);
    const first = await embedFonts([{ key: 'serif-400', text: '新闻本报讯' }], { cache });
    const again = await embedFonts([{ key: 'serif-400', text: '讯报本闻新新' }], { cache });
    expect(again.css).toBe(first.css);
    expect(cache.size).toBe(1);
  });

  it('leaves out faces with nothing to paint and merges a face asked for twice', async () => {
    const fonts = await embedFonts(
      [
        { key: 'sans-700', text: '' },
        { key: 'serif-400', text: '本报' },
        { key: 'serif-400', text: '讯' },
      ],
      { cache: new LruCache(8) },
    );
    expect(fonts.faces.map((f) => [f.key, f.characters])).toEqual([['serif-400', 3]]);
  });

  it('falls back to the full font, with a note, where subsetting fails', async () => {
    const fonts = await embedFonts([{ key: 'sans-400', text: '本报讯' }], {
      subset: () => Promise.reject(new Error('hb-subset broke')),
    });
    const full = readFileSync(fontPath(registeredFont('sans-400')));
    expect(fonts.faces[0]).toMatchObject({ key: 'sans-400', subset: false, bytes: full.length });
    expect(fonts.notes).toHaveLength(1);
    expect(fonts.notes[0]).toMatch(/^Noto Sans SC 400: subsetting failed \(hb-subset broke\)/);
    expect(fontOf(fonts.css, 'Noto Sans SC', 400).equals(full)).toBe(true);
  });
});

describe('charsetOf', () => {
  it('keeps each printable code point once, in code point order', () => {
    expect(charsetOf('讯本报本\n\t𠀀a a')).toBe(' a报本讯𠀀');
  });
});
