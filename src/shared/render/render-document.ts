// Composed pages -> one static HTML document, the same for preview and export: exact
// @page size, embedded faces and images as data: URLs, no script, no remote URL (a
// Content-Security-Policy says so to the browser as well).

import type { ComposedPage } from '../compose/types';
import { pageMargins } from '../display/build-display-list';
import { escapeHtml } from '../typeset';
import { documentCss } from './css';
import { renderPage, trimMm } from './render-page';
import type { RenderInput } from './types';

const CSP =
  "default-src 'none'; img-src data:; font-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

export function renderDocument(pages: ComposedPage[], input: RenderInput): string {
  const first = pages[0];
  // The page box as the display list sets it: bleed, and the slug crop marks need.
  const { bleedMm, slugMm } = pageMargins(input);
  const extra = 2 * (bleedMm + slugMm);
  const trim = first ? trimMm(first) : { width: 210, height: 297 };
  const css = documentCss(trim.width + extra, trim.height + extra, input.fontFaces, input.fonts);
  const lang = input.language === 'en' ? 'en' : 'zh-Hans';
  return (
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${CSP}">` +
    `<title>${escapeHtml(input.title ?? '')}</title><style>${css}</style></head><body>` +
    pages.map((page) => renderPage(page, input)).join('') +
    '</body></html>'
  );
}
