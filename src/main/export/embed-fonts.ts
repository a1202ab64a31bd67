// @font-face rules for the exported HTML: each face subset to the characters the issue
// uses (hb-subset via subset-font, TrueType out), as data: URLs. hb-subset keeps every
// used character's glyph, its advance and the layout closure (the ZHS `locl` em dash), so
// the subset paints exactly what the engine measured on the full font. Where subsetting
// fails the full font is embedded instead and a note says so: a large file beats a
// wrong one.

import { statSync } from 'node:fs';
import type { FontKey } from '../../shared/typeset/font-metrics';
import { fontBytes } from '../fonts/font-bytes';
import { FONT_FILES, fontPath, registeredFont } from '../fonts/font-registry';
import { charsetHash, charsetOf } from './font-charset';
import { fontFaceRule } from './font-face-css';
import type { PrintCache } from './print-cache';
import { LruCache } from './subset-cache';

/** The characters one face has to paint (any text: duplicates and order do not matter). */
export interface FaceUse {
  key: FontKey;
  text: string;
}

export interface EmbeddedFace {
  key: FontKey;
  family: string;
  weight: number;
  /** False where the full font went in (see `note`). */
  subset: boolean;
  /** Distinct characters asked for. */
  characters: number;
  /** Font bytes embedded (before base64). */
  bytes: number;
  note?: string;
}

export interface EmbeddedFonts {
  /** The @font-face rules, one per face used, ready for a <style> element. */
  css: string;
  faces: EmbeddedFace[];
  /** One line per face that could not be subset. */
  notes: string[];
}

export type Subsetter = (font: Buffer, charset: string) => Promise<Buffer>;

export interface EmbedOptions {
  /** Where the TTFs live (a packaged app's resources); default: node_modules. */
  fontDir?: string;
  /** Replaces hb-subset (tests use it to force the full-font fallback). */
  subset?: Subsetter;
  /** Replaces the process-wide cache. */
  cache?: LruCache<CachedFace>;
  /** Subsets (and converted photos) kept between processes (print-cache.ts). */
  disk?: PrintCache;
}

export interface CachedFace {
  face: EmbeddedFace;
  /** The subset (or full) TrueType bytes: the PDF writer embeds the same file. */
  data: Buffer;
  rule: string;
}

/** HarfBuzz's subsetter (subset-font), loaded on first export rather than at every start. */
const hbSubset: Subsetter = async (font, charset) => {
  const { default: subsetFont } = await import('subset-font');
  return subsetFont(font, charset, { targetFormat: 'truetype' });
};

/** Four faces of one issue, plus the previous issue's while an editor re-exports. */
const defaultCache = new LruCache<CachedFace>(8);

/** A subset kept on disk is named by the font file it came from (a new version of the
 * package's font renumbers glyphs) and the characters it keeps. */
function diskKeyOf(path: string, charset: string): string {
  const { size, mtimeMs } = statSync(path);
  return `subset|${path}|${size}|${mtimeMs}|${charsetHash(charset)}`;
}

async function embedFace(key: FontKey, charset: string, options: EmbedOptions) {
  const file = registeredFont(key);
  const path = fontPath(file, options.fontDir);
  const base = { key: file.key, family: file.family, weight: file.weight };
  const characters = [...charset].length;
  const disk = options.subset === undefined ? options.disk : undefined;
  const diskKey = disk ? diskKeyOf(path, charset) : '';
  const kept = disk?.get(diskKey);
  if (kept) {
    const face = { ...base, subset: true, characters, bytes: kept.length };
    const rule = fontFaceRule({ family: file.family, weight: file.weight, data: kept });
    return { face, data: kept, rule };
  }
  const full = fontBytes(path);
  let data: Buffer;
  let face: EmbeddedFace;
  try {
    data = await (options.subset ?? hbSubset)(full, charset);
    face = { ...base, subset: true, characters, bytes: data.length };
    disk?.put(diskKey, data);
  } catch (error) {
    data = full;
    const why = error instanceof Error ? error.message : String(error);
    const note = `${file.family} ${file.weight}: subsetting failed (${why}); embedded the full font (${(full.length / 1e6).toFixed(1)} MB)`;
    face = { ...base, subset: false, characters, bytes: data.length, note };
  }
  return { face, data, rule: fontFaceRule({ family: file.family, weight: file.weight, data }) };
}

/** Each face used, subset to its characters (cached), as the file and its @font-face rule.
 * Faces with no characters are left out; a face asked for twice gets the union of its texts. */
export async function subsetFaces(
  uses: readonly FaceUse[],
  options: EmbedOptions = {},
): Promise<CachedFace[]> {
  const cache = options.cache ?? defaultCache;
  const textByKey = new Map<FontKey, string>();
  for (const use of uses) textByKey.set(use.key, (textByKey.get(use.key) ?? '') + use.text);
  const cacheable = options.subset === undefined;
  const embedded = await Promise.all(
    [...textByKey].map(async ([key, text]) => {
      const charset = charsetOf(text);
      if (charset === '') return undefined;
      const cacheKey = `${key}|${options.fontDir ?? ''}|${charsetHash(charset)}`;
      const hit = cacheable ? cache.get(cacheKey) : undefined;
      if (hit) return hit;
      const made = await embedFace(key, charset, options);
      // A fallback is not cached: the next export tries to subset again.
      if (cacheable && made.face.subset) cache.set(cacheKey, made);
      return made;
    }),
  );
  return embedded.filter((e): e is CachedFace => e !== undefined);
}

/** @font-face rules for the faces used, each subset to its characters. */
export async function embedFonts(
  uses: readonly FaceUse[],
  options: EmbedOptions = {},
): Promise<EmbeddedFonts> {
  const done = await subsetFaces(uses, options);
  return {
    css: done.map((e) => e.rule).join('\n'),
    faces: done.map((e) => e.face),
    notes: done.flatMap((e) => (e.face.note ? [e.face.note] : [])),
  };
}

/** The simple form: every registered face subset to all of the document's text. */
export function embedFontsForText(text: string, options: EmbedOptions = {}) {
  return embedFonts(
    FONT_FILES.map((file) => ({ key: file.key, text })),
    options,
  );
}
