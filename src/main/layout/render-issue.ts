// A composed issue -> the print-ready HTML: each face subset to exactly the characters set
// in it (embedFonts), images inlined from the asset store, render's static document.

import type { ComposedPage, TextBox } from '../../shared/compose';
import type { Language } from '../../shared/model/settings';
import { renderDocument } from '../../shared/render';
import type { ImageSource } from '../../shared/render/types';
import type { FontKey } from '../../shared/typeset';
import { type EmbedOptions, embedFonts } from '../export/embed-fonts';
import type { Store } from '../store/store';
import { layoutFonts } from './fonts';

export interface RenderOptions {
  bleedMm?: number;
  cropMarks?: boolean;
  title?: string;
  language?: Language;
  /** Subsetting options (the benchmark passes a fresh cache to time subsetting). */
  embed?: EmbedOptions;
}

/** The characters set in each face on these pages. */
export function textByFace(pages: ComposedPage[]): Map<FontKey, string> {
  const out = new Map<FontKey, string[]>();
  const add = (box: TextBox) => {
    for (const placed of box.lines) {
      for (const g of placed.line.glyphs) {
        const list = out.get(g.font) ?? [];
        out.set(g.font, list);
        list.push(g.text);
      }
    }
  };
  for (const page of pages) {
    page.furniture.forEach(add);
    for (const m of page.modules) {
      add(m.frame);
      m.furniture.forEach(add);
    }
  }
  return new Map([...out].map(([k, v]) => [k, v.join('')]));
}

/** Image bytes of the logo and photos on these pages (read synchronously from the store). */
export function pageImages(store: Store, pages: ComposedPage[]): Record<string, ImageSource> {
  const images: Record<string, ImageSource> = {};
  const hashes = pages.flatMap((p) => [
    ...p.images.map((i) => i.asset),
    ...p.modules.flatMap((m) => m.photos.map((i) => i.asset)),
  ]);
  for (const hash of new Set(hashes)) {
    const asset = store.assets.get(hash);
    if (asset) images[hash] = { mime: asset.mime, bytes: asset.bytes };
  }
  return images;
}

export async function renderIssueHtml(
  pages: ComposedPage[],
  images: Record<string, ImageSource>,
  o: RenderOptions,
): Promise<{ html: string; notes: string[] }> {
  const uses = [...textByFace(pages)].map(([key, text]) => ({ key, text }));
  const fonts = await embedFonts(uses, o.embed);
  const html = renderDocument(pages, {
    fonts: layoutFonts(),
    // The subset faces come as ready @font-face rules; render's own embedder takes files.
    fontFaces: [],
    images,
    ...(o.bleedMm !== undefined ? { bleedMm: o.bleedMm } : {}),
    ...(o.cropMarks !== undefined ? { cropMarks: o.cropMarks } : {}),
    ...(o.title !== undefined ? { title: o.title } : {}),
    ...(o.language !== undefined ? { language: o.language } : {}),
  });
  return { html: html.replace('<style>', `<style>${fonts.css}\n`), notes: fonts.notes };
}
