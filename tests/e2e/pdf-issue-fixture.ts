// A stand-in for the renderer's output, for the PDF tests: four trim-size pages of Chinese
// text in the four Noto faces, fonts embedded by the export's embedder. About an issue's
// worth of text (~30,000 characters, ~3,000 distinct Han characters), so sizes and times
// are realistic.

import { readFileSync } from 'node:fs';
import { type EmbeddedFonts, embedFonts } from '../../src/main/export/embed-fonts';
import { fontPath, registeredFont } from '../../src/main/fonts/font-registry';
import { fontMetricsFromBuffer } from '../../src/main/fonts/load-font-metrics';
import type { FontKey as AnyFontKey } from '../../src/shared/typeset/font-metrics';

/** The four CJK faces this fixture sets (the Latin faces have their own test). */
type FontKey = Exclude<AnyFontKey, `latin-${string}`>;

export const TRIM = { widthMm: 390, heightMm: 540 };

/** Sentences the PDF text must give back exactly, one per face. */
export const SENTENCES: Record<FontKey, string> = {
  'serif-400': '本报讯（记者 张三）昨日，全市共有五十名学生参加了编程比赛。',
  'serif-700': '全市老旧小区改造全面启动',
  'sans-400': '据统计，今年一至十月全市规模以上工业增加值同比增长。',
  'sans-700': '聚焦民生：资金从哪里来',
};

const FAMILY: Record<FontKey, string> = {
  'serif-400': "'Noto Serif SC';font-weight:400",
  'serif-700': "'Noto Serif SC';font-weight:700",
  'sans-400': "'Noto Sans SC';font-weight:400",
  'sans-700': "'Noto Sans SC';font-weight:700",
};

/** ~30,000 characters of body text drawn from ~3,000 distinct Han characters. */
function bodyText(): string {
  const serif = fontMetricsFromBuffer(readFileSync(fontPath(registeredFont('serif-400'))), 'serif');
  const han: string[] = [];
  for (let cp = 0x4e00; han.length < 3000; cp += 3) {
    if (serif.hasGlyph(cp)) han.push(String.fromCodePoint(cp));
  }
  let text = '';
  for (let k = 0; text.length < 30_000; k++) {
    text += han[(k * 7919) % han.length];
    if (k % 37 === 36) text += '，';
    if (k % 101 === 100) text += '。';
  }
  return text;
}

export interface IssueHtml {
  html: string;
  fonts: EmbeddedFonts;
  embedMs: number;
}

/** Four pages; with a bleed the @page grows by twice the bleed each way, as render does. */
export async function issueHtml(bleedMm = 0, extraBody = ''): Promise<IssueHtml> {
  const body = bodyText();
  const quarter = Math.ceil(body.length / 4);
  const started = performance.now();
  const fonts = await embedFonts([
    { key: 'serif-400', text: body + SENTENCES['serif-400'] },
    { key: 'serif-700', text: SENTENCES['serif-700'] },
    { key: 'sans-400', text: SENTENCES['sans-400'] },
    { key: 'sans-700', text: SENTENCES['sans-700'] },
  ]);
  const embedMs = performance.now() - started;
  const pages = [1, 2, 3, 4].map((n) => {
    const lines = (Object.keys(SENTENCES) as FontKey[])
      .map((key) => `<p style="font-family:${FAMILY[key]}">${SENTENCES[key]}</p>`)
      .join('');
    const text = body.slice((n - 1) * quarter, n * quarter);
    return `<section data-page="${n}">${lines}<div class="body">${text}</div></section>`;
  });
  const width = TRIM.widthMm + 2 * bleedMm;
  const height = TRIM.heightMm + 2 * bleedMm;
  const html = `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">
<title>Newsdesk test issue</title><style>${fonts.css}
@page{size:${width}mm ${height}mm;margin:0}
html,body{margin:0}
section{width:${width}mm;height:${height}mm;box-sizing:border-box;padding:${20 + bleedMm}mm;
overflow:hidden;page-break-after:always;font-family:'Noto Serif SC';font-size:9pt}
section:last-child{page-break-after:auto}
p{margin:0 0 4mm;white-space:nowrap;font-size:14pt}
</style></head><body>${pages.join('')}${extraBody}</body></html>`;
  return { html, fonts, embedMs };
}
