// The export benchmark's peer: the same stories and photos as plain HTML, paginated in
// Chromium by Paged.js (npm `pagedjs`) and printed.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { type FixtureStory, paragraphs } from '../../src/main/layout/test-support/issue-fixture';
import { escapeHtml } from '../../src/shared/typeset';

/** The same stories as plain HTML: headline, photo with caption, paragraphs. */
export function pagedHtml(list: FixtureStory[], photos: string[], fontCss: string): string {
  let photo = 0;
  const articles = list.map((s, i) => {
    const paras = paragraphs(s.chars, i).map((p) => `<p>${escapeHtml(p)}</p>`);
    const src = s.photo ? photos[photo++ % photos.length] : undefined;
    const figure =
      s.photo && src
        ? `<figure><img src="${src}"><figcaption>${s.photo.caption} ${s.photo.credit}</figcaption></figure>`
        : '';
    return `<article><h2>${escapeHtml(s.headline)}</h2>${figure}${paras.join('')}</article>`;
  });
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${fontCss}
@page{size:390mm 546mm;margin:25mm 20mm}
body{font-family:'Noto Serif SC';font-size:9pt;line-height:14pt}
h2{font-size:24pt;line-height:30pt;font-weight:700}p{margin:0;text-indent:2em;text-align:justify}
figure{margin:0}img{width:80mm}</style></head><body>${articles.join('')}</body></html>`;
}

function polyfillPath(): string {
  // The package exports no subpath: find its folder from the main entry.
  const main = createRequire(__filename).resolve('pagedjs');
  return join(main.slice(0, main.lastIndexOf('pagedjs') + 7), 'dist', 'paged.polyfill.js');
}

/** Paginates and prints `html` in a new page of `browser`. */
export async function pagedPdf(
  browser: Browser,
  html: string,
): Promise<{ pdf: Buffer; pages: number; paginateMs: number }> {
  const page = await browser.newPage();
  try {
    await page.setContent(html, { waitUntil: 'load' });
    const started = performance.now();
    await page.addScriptTag({
      content:
        'window.PagedConfig={auto:true,after:(flow)=>{window.__pages=flow.total;window.__done=true}}',
    });
    await page.addScriptTag({ path: polyfillPath() });
    await page.waitForFunction('window.__done === true', undefined, { timeout: 120_000 });
    const paginateMs = performance.now() - started;
    const pages = (await page.evaluate('window.__pages')) as number;
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { pdf, pages, paginateMs };
  } finally {
    await page.close();
  }
}
