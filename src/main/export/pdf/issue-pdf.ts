// A composed issue -> its PDFs: the display list built once, fonts subset and photos
// prepared once, then the whole issue as one file and, when asked, one file per page
// named by the paper's pattern.

import type { ComposedPage } from '../../../shared/compose/types';
import { buildDisplayList } from '../../../shared/display';
import { pageFileName } from '../../../shared/pdf/file-name';
import type { ImageSource } from '../../../shared/render/types';
import type { FontSet } from '../../../shared/typeset';
import { readJpegFrame } from '../../desk/asset/image-header';
import type { EmbedOptions } from '../embed-fonts';
import { type PdfOptions, preparePdf, writePdf } from './write-pdf';

export interface IssuePdfOptions extends PdfOptions {
  fonts: FontSet;
  bleedMm?: number;
  cropMarks?: boolean;
  /** Also one file per page, named by this pattern (file-name.ts). */
  perPage?: { pattern: string; paper: string; date: string };
  embed?: EmbedOptions;
}

export interface IssuePdf {
  pdf: Uint8Array;
  pages: number;
  files: { name: string; pdf: Uint8Array }[];
}

/** Exif orientation of each JPEG asset: the display list turns photos upright by it. */
export function orientationsOf(images: Record<string, ImageSource>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [hash, source] of Object.entries(images)) {
    if (source.mime !== 'image/jpeg' || !source.bytes) continue;
    out[hash] = readJpegFrame(source.bytes)?.orientation ?? 1;
  }
  return out;
}

export async function issuePdf(
  composed: ComposedPage[],
  images: Record<string, ImageSource>,
  o: IssuePdfOptions,
): Promise<IssuePdf> {
  const pages = buildDisplayList(composed, {
    fonts: o.fonts,
    ...(o.bleedMm !== undefined ? { bleedMm: o.bleedMm } : {}),
    ...(o.cropMarks !== undefined ? { cropMarks: o.cropMarks } : {}),
    orientations: orientationsOf(images),
  });
  const prepared = await preparePdf(pages, images, o.colour, o.embed);
  const pdf = await writePdf(pages, prepared, o);
  const files: IssuePdf['files'] = [];
  if (o.perPage) {
    for (const page of pages) {
      const name = pageFileName(o.perPage.pattern, { ...o.perPage, page: page.number });
      files.push({
        name,
        pdf: await writePdf([page], prepared, { ...o, title: `${o.title} ${page.number}` }),
      });
    }
  }
  return { pdf, pages: pages.length, files };
}
