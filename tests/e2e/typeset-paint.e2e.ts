// Paint equals layout: lines set by the engine from the Noto SC advances, rendered as HTML
// and painted by Chromium with the same font files, land exactly where the engine put them:
// every character on its line and at its x, justified lines ending on the measure. The same
// again with the faces the UI (and the board) paints in: the built renderer's WOFF2 slices.

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FONT_FILES, fontPath } from '../../src/main/fonts/font-registry';
import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import { flowFrame, type Story } from '../../src/shared/typeset/column-flow';
import { lineCss, renderLines } from '../../src/shared/typeset/render-lines';
import { DEFAULT_SETTINGS, type FrameSpec } from '../../src/shared/typeset/types';
import { rendererDir } from './app-host';
import { launchChromium } from './chromium';

const ORIGIN = 'http://typeset.test';
const PX_PER_PT = 4 / 3;

const PARAGRAPHS = [
  '本报讯（记者 张三）昨日，全市共有50名学生参加了Python编程比赛，气温14℃。他说：“这是2022年以来最好的成绩——没有之一……”',
  '据统计，今年1—10月，全市规模以上工业增加值同比增长8.5%，其中高技术制造业增长12.3%。《经济日报》报道：“‘新动能’正在形成。”',
  'The city council met on Monday to discuss the budget. 市长表示，将在明年投入3000万元用于改造老旧小区（包括加装电梯、更换管网等）。',
  '「小标题」之后的段落：读者可以通过微信公众号、App等渠道获取新闻；编辑部的电话是0351-1234567。',
];

function story(): Story {
  return {
    headline: { kicker: '聚焦民生', headline: '全市老旧小区改造全面启动', byline: '记者 李四' },
    blocks: [
      {
        kind: 'paragraph',
        style: 'body',
        runs: [{ text: '本报讯', bold: true }, { text: PARAGRAPHS[0] ?? '' }],
      },
      ...PARAGRAPHS.slice(1, 3).map((text) => ({
        kind: 'paragraph' as const,
        style: 'body' as const,
        runs: [{ text }],
      })),
      { kind: 'paragraph', style: 'crosshead', runs: [{ text: '资金从哪里来' }] },
      { kind: 'paragraph', style: 'body', runs: [{ text: (PARAGRAPHS[3] ?? '').repeat(3) }] },
    ],
  };
}

const FRAME: FrameSpec = { columns: 3, columnWidth: 11 * 9, gutter: 9, heightLines: 40 };

function fontFaces(files = FONT_FILES): string {
  return files
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-weight:${f.weight};src:url(${ORIGIN}/fonts/${f.key}.ttf) format('truetype')}`,
    )
    .join('\n');
}

/** The built renderer's @font-face rules of the Noto SC families (its URLs made absolute). */
function uiSliceFaces(): string {
  const assets = join(rendererDir(), 'assets');
  const rules = readdirSync(assets)
    .filter((name) => name.endsWith('.css'))
    .flatMap(
      (name) => readFileSync(join(assets, name), 'utf8').match(/@font-face\s*\{[^}]*\}/g) ?? [],
    )
    .filter((rule) => /Noto (Sans|Serif) SC/.test(rule));
  expect(rules).toHaveLength(4 * 102);
  return rules.join('\n').replaceAll('url(./', `url(${ORIGIN}/assets/`);
}

/** Each source's painted glyph rects, to compare the two paints with each other. */
const paints = new Map<string, unknown>();

const SOURCES = [
  { name: 'the engine’s TTFs', faces: () => fontFaces(), slices: false },
  {
    name: 'the UI’s WOFF2 slices',
    faces: () => uiSliceFaces() + fontFaces(FONT_FILES.filter((f) => f.key.startsWith('latin'))),
    slices: true,
  },
];

describe.each(SOURCES)('typeset paint equals layout, painted in $name', (source) => {
  let browser: Browser;
  let page: Page;
  const fetched: string[] = [];

  beforeAll(async () => {
    browser = await launchChromium();
    page = await browser.newPage();
    await page.route(`${ORIGIN}/fonts/*`, async (route) => {
      const key = new URL(route.request().url()).pathname.split('/').pop()?.replace('.ttf', '');
      const file = FONT_FILES.find((f) => f.key === key);
      if (!file) return route.fulfill({ status: 404 });
      return route.fulfill({ body: readFileSync(fontPath(file)), contentType: 'font/ttf' });
    });
    await page.route(`${ORIGIN}/assets/*`, async (route) => {
      const name = new URL(route.request().url()).pathname.split('/').pop() ?? '';
      fetched.push(name);
      const body = readFileSync(join(rendererDir(), 'assets', name));
      return route.fulfill({
        body,
        contentType: name.endsWith('.ttf') ? 'font/ttf' : 'font/woff2',
      });
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('puts every character on the engine line at the engine x', async () => {
    const fonts = loadFontSet();
    const result = flowFrame(story(), FRAME, DEFAULT_SETTINGS, fonts);
    expect(result.missing).toEqual([]);
    expect(result.breakToken).toBeNull();
    const html = renderLines(result.lines, fonts, { leading: DEFAULT_SETTINGS.leading });
    const page0 =
      `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${source.faces()}${lineCss(fonts)}` +
      'body{margin:0}#frame{position:absolute;left:20px;top:20px;width:2000px;height:2000px}</style></head>' +
      `<body><div id="frame">${html}</div></body></html>`;
    await page.route(`${ORIGIN}/index.html`, (route) =>
      route.fulfill({ body: page0, contentType: 'text/html; charset=utf-8' }),
    );
    await page.goto(`${ORIGIN}/index.html`);
    await page.evaluate(async () => {
      const probes = [
        "400 9pt 'Noto Serif SC'",
        "700 9pt 'Noto Serif SC'",
        "400 9pt 'Noto Sans SC'",
        "700 9pt 'Noto Sans SC'",
      ];
      await Promise.all(probes.map((p) => document.fonts.load(p, '中a')));
      await document.fonts.ready;
    });

    // Per line: each glyph's rect (px, relative to the frame), in the order of the glyphs.
    const painted = await page.evaluate(() => {
      const frame = document.getElementById('frame') as HTMLElement;
      const origin = frame.getBoundingClientRect();
      return Array.from(frame.querySelectorAll<HTMLElement>('[data-line]')).map((el) => {
        const rects: { left: number; right: number; mid: number }[] = [];
        // The line's text nodes in order: in the line itself or in its spans.
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent ?? '';
          for (let i = 0; i < text.length; ) {
            const len = (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
            const range = document.createRange();
            range.setStart(node, i);
            range.setEnd(node, i + len);
            const r = range.getBoundingClientRect();
            rects.push({
              left: r.left - origin.left,
              right: r.right - origin.left,
              mid: (r.top + r.bottom) / 2 - origin.top,
            });
            i += len;
          }
        }
        return rects;
      });
    });

    paints.set(source.name, painted);
    // Painted from slices alone: no full TTF of the Noto faces was fetched for this text.
    const woff2 = fetched.filter((name) => name.endsWith('.woff2'));
    expect(woff2.length > 0).toBe(source.slices);
    expect(fetched.filter((name) => name.endsWith('.ttf'))).toEqual([]);
    expect(painted).toHaveLength(result.lines.length);
    let worstX = 0;
    let worstEnd = 0;
    let checked = 0;
    // Latin lines that word spaces within their bounds cannot fill are flagged loose and left
    // short (a preflight warning), never spread letter by letter: here the English sentence
    // in an 11-character Chinese measure gives exactly two.
    expect(result.lines.filter((p) => p.line.loose).map((p) => p.line.text)).toEqual([
      'The city council ',
      'met on Monday to ',
    ]);
    result.lines.forEach((placed, i) => {
      const rects = painted[i] ?? [];
      const { line } = placed;
      expect(rects).toHaveLength(line.glyphs.length);
      const band = Math.max(DEFAULT_SETTINGS.leading, line.size);
      const bandTop = (placed.baseline - 0.88 * line.size - (band - line.size) / 2) * PX_PER_PT;
      const bandBottom = bandTop + band * PX_PER_PT;
      line.glyphs.forEach((g, k) => {
        const r = rects[k];
        if (!r || g.text === ' ') return;
        const dx = Math.abs(r.left - (placed.x + g.x) * PX_PER_PT);
        if (dx > 0.25)
          console.log(
            'dx',
            dx.toFixed(3),
            JSON.stringify(line.text),
            k,
            JSON.stringify(line.glyphs.slice(0, 3)),
            JSON.stringify(rects.slice(0, 3)),
            placed.x,
          );
        worstX = Math.max(worstX, dx);
        expect(r.mid).toBeGreaterThan(bandTop);
        expect(r.mid).toBeLessThan(bandBottom);
        checked++;
      });
      if (line.justified && !line.loose) {
        const last = line.glyphs.reduce((j, g, k) => (g.text === ' ' ? j : k), 0);
        const g = line.glyphs[last];
        const r = rects[last];
        if (!g || !r) return;
        // Painted right edge of the last glyph = its pen + advance (+ any trim the engine took).
        const engineRight = (placed.x + line.width) * PX_PER_PT;
        const paintedRight =
          r.left + g.advance * PX_PER_PT - (g.x + g.advance - line.width) * PX_PER_PT;
        worstEnd = Math.max(worstEnd, Math.abs(paintedRight - engineRight));
        expect(Math.abs((placed.x + line.measure) * PX_PER_PT - engineRight)).toBeLessThan(0.5);
      }
    });
    console.log(
      `checked ${checked} glyphs on ${result.lines.length} lines; worst x ${worstX.toFixed(3)} px, worst line end ${worstEnd.toFixed(3)} px`,
    );
    expect(checked).toBeGreaterThan(300);
    expect(worstX).toBeLessThan(0.5);
    expect(worstEnd).toBeLessThan(0.5);
  });
});

describe('the UI’s WOFF2 slices', () => {
  it('paint every glyph exactly where the engine’s TTFs paint it', () => {
    const [ttf, slices] = SOURCES.map((source) => paints.get(source.name));
    expect(Array.isArray(ttf) && ttf.length > 0).toBe(true);
    expect(slices).toEqual(ttf);
  });
});
