// Benchmark: a generated four-page issue (~30,000 characters, four photos) created through
// the desk's handlers in a temp database, then timed: compose (engine, caches cleared),
// HTML (fonts subset afresh each run), PDF (Chromium started each run), and the board's
// repeated layout.compose. The peer paginates the same stories with Paged.js in the same
// Chromium. Several runs each, medians reported; last line: one JSON object.

import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { openDesk } from '../../src/main/desk/open-desk';
import { embedFonts } from '../../src/main/export/embed-fonts';
import { CHROMIUM_ARGS, findChromium } from '../../src/main/export/find-chromium';
import { printPdf } from '../../src/main/export/print-pdf';
import { LruCache } from '../../src/main/export/subset-cache';
import { composeStored } from '../../src/main/layout/compose-stored';
import { pageImages, renderIssueHtml } from '../../src/main/layout/render-issue';
import { layoutCache } from '../../src/main/layout/story-cache';
import {
  buildIssue,
  type Call,
  type FixtureStory,
  paragraphs,
} from '../../src/main/layout/test-support/issue-fixture';
import { openDatabase } from '../../src/main/store/open-database';
import { createStore } from '../../src/main/store/store';
import { escapeHtml } from '../../src/shared/typeset';

const RUNS = 5;
const DATE = '2026-11-28';

/** Four pages: a lead with a photo, a normal story and a brief each; ~30,000 characters. */
function stories(): FixtureStory[] {
  const out: FixtureStory[] = [];
  for (let page = 1; page <= 4; page++) {
    out.push({
      kicker: '民生实事',
      headline: `第${page}版头条：老旧小区改造全面启动`,
      subhead: '今年惠及三万余户居民',
      byline: '记者 张三',
      dateline: '本报讯（记者 张三）',
      priority: 'lead',
      page,
      chars: 3800,
      crosshead: 3,
      photo: { width: 1200, height: 800, caption: '图为改造后的小区。', credit: '记者 李四 摄' },
    });
    out.push({
      headline: '工业增加值稳步增长',
      dateline: '本报讯',
      priority: 'normal',
      page,
      chars: 2400,
    });
    out.push({ headline: '城市书房开到家门口', priority: 'brief', page, chars: 1300 });
  }
  return out;
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] ?? Number.NaN;
};
const round = (n: number) => Math.round(n * 10) / 10;

async function time<T>(runs: number, f: () => Promise<T> | T): Promise<{ ms: number; last: T }> {
  const times: number[] = [];
  let last: T | undefined;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    last = await f();
    times.push(performance.now() - t);
  }
  return { ms: median(times), last: last as T };
}

/** The same stories as plain HTML for Paged.js: headline stack, paragraphs, photo. */
function pagedHtml(list: FixtureStory[], photo: string, fontCss: string): string {
  const articles = list.map((s, i) => {
    const paras = paragraphs(s.chars, i).map((p) => `<p>${escapeHtml(p)}</p>`);
    const figure = s.photo
      ? `<figure><img src="${photo}"><figcaption>${s.photo.caption} ${s.photo.credit}</figcaption></figure>`
      : '';
    return `<article><h2>${escapeHtml(s.headline)}</h2>${figure}${paras.join('')}</article>`;
  });
  return `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${fontCss}
@page{size:390mm 546mm;margin:25mm 20mm}
body{font-family:'Noto Serif SC';font-size:9pt;line-height:14pt}
h2{font-size:24pt;line-height:30pt;font-weight:700}p{margin:0;text-indent:2em;text-align:justify}
figure{margin:0}img{width:80mm}</style></head><body>${articles.join('')}</body></html>`;
}

async function pagedPdf(html: string): Promise<{ pdf: Buffer; pages: number }> {
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
  try {
    const page = await browser.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.addScriptTag({
      content:
        'window.PagedConfig={auto:true,after:(flow)=>{window.__pages=flow.total;window.__done=true}}',
    });
    // The package exports no subpath: find its folder from the main entry.
    const main = createRequire(__filename).resolve('pagedjs');
    const polyfill = join(
      main.slice(0, main.lastIndexOf('pagedjs') + 7),
      'dist',
      'paged.polyfill.js',
    );
    await page.addScriptTag({ path: polyfill });
    await page.waitForFunction('window.__done === true', undefined, { timeout: 120_000 });
    const pages = (await page.evaluate('window.__pages')) as number;
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    return { pdf, pages };
  } finally {
    await browser.close();
  }
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-export-bench-'));
  const dbPath = join(dir, 'bench.sqlite');
  const desk = openDesk({ dbPath });
  try {
    const call: Call = async (name, args) => {
      const reply = await desk.call(name, args, { actorId: 1 });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      return reply.result as never;
    };
    const list = stories();
    await buildIssue(call, DATE, list);
    const chars = list.reduce((n, s) => n + paragraphs(s.chars, 0).join('').length, 0);

    // Compose straight from the store with every cache emptied: the engine's whole work.
    const store = createStore(openDatabase(dbPath));
    const summary = store.issues.get(DATE);
    if (!summary) throw new Error('no issue');
    composeStored(store, summary); // loads the fonts once, as a running app has
    const compose = await time(RUNS, () => {
      const cache = layoutCache(store);
      cache.composed.clear();
      cache.prepared.clear();
      cache.stories.clear();
      return composeStored(store, summary);
    });
    const pages = compose.last.composed.pages;
    const overset = pages.reduce((n, p) => n + p.report.overset.length, 0);
    await call('layout.compose', { date: DATE });
    const board = await time(RUNS, () => call('layout.compose', { date: DATE }));

    const images = pageImages(store, pages);
    const html = await time(RUNS, () =>
      renderIssueHtml(pages, images, { embed: { cache: new LruCache(8) } }),
    );
    const trim = compose.last.paper;
    const pdf = await time(RUNS, () =>
      printPdf(html.last.html, { widthMm: trim.widthMm, heightMm: trim.heightMm }),
    );

    // The peer: the same stories, fonts subset the same way, paginated by Paged.js.
    const photoAsset = Object.values(images)[0];
    const photo = `data:${photoAsset?.mime};base64,${Buffer.from(photoAsset?.bytes ?? []).toString('base64')}`;
    const allText = list.map((s, i) => s.headline + paragraphs(s.chars, i).join('')).join('');
    const peer = await time(RUNS, async () => {
      const fonts = await embedFonts(
        [
          { key: 'serif-400', text: allText },
          { key: 'serif-700', text: allText },
        ],
        { cache: new LruCache(8) },
      );
      return pagedPdf(pagedHtml(list, photo, fonts.css));
    });

    const ours = compose.ms + html.ms + pdf.ms;
    const figures = {
      runs: RUNS,
      pages: pages.length,
      characters: chars,
      photos: Object.keys(images).length,
      oversetStories: overset,
      composeMs: round(compose.ms),
      boardComposeMs: round(board.ms),
      htmlMs: round(html.ms),
      htmlBytes: Buffer.byteLength(html.last.html),
      pdfMs: round(pdf.ms),
      pdfBytes: pdf.last.length,
      totalMs: round(ours),
      pagedjsMs: round(peer.ms),
      pagedjsPages: peer.last.pages,
      ratio: round(peer.ms / ours),
      goals: {
        composeUnder50ms: compose.ms < 50,
        pdfUnder3s: pdf.ms < 3000,
        threeTimesFaster: peer.ms / ours >= 3,
      },
    };
    console.log(`compose ${figures.composeMs} ms (board, cached ${figures.boardComposeMs} ms)`);
    console.log(`html ${figures.htmlMs} ms, ${figures.htmlBytes} bytes (fonts subset each run)`);
    console.log(`pdf ${figures.pdfMs} ms (Chromium start included), ${figures.pdfBytes} bytes`);
    console.log(
      `Paged.js ${figures.pagedjsMs} ms, ${figures.pagedjsPages} pages; ratio ${figures.ratio}`,
    );
    console.log(JSON.stringify(figures));
    store.db.close();
  } finally {
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
