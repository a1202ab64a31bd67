// Benchmark: the engine sets a generated 30,000-character story into 8-column broadsheet
// frames; the peer is Chromium laying the same text out with CSS columns (set innerHTML,
// force layout). Last line of output: one JSON object with the figures.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildSync } from 'esbuild';
import { FONT_FILES, fontPath } from '../../src/main/fonts/font-registry';
import { loadFontSet } from '../../src/main/fonts/load-font-metrics';
import type { BreakToken, FrameSpec, Story } from '../../src/shared/typeset';
import { launchChromium } from '../e2e/chromium';
import {
  chromiumQuality,
  engineQuality,
  englishParagraphs,
  type Quality,
  timeEnglishPage,
} from './typeset-english';

type Engine = typeof import('../../src/shared/typeset');
let engine: Engine;

/**
 * Measures the engine as the app runs it: bundled into one module (electron-vite and the
 * renderer both bundle). Run straight from tsx's CommonJS transform, every imported
 * binding becomes a getter call, which costs the hot loops a quarter of their time.
 */
async function loadBundledEngine(): Promise<Engine> {
  const out = join(mkdtempSync(join(tmpdir(), 'newsdesk-bench-')), 'typeset.mjs');
  const result = buildSync({
    entryPoints: [join(__dirname, '..', '..', 'src', 'shared', 'typeset', 'index.ts')],
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    write: false,
  });
  writeFileSync(out, result.outputFiles[0]?.contents ?? '');
  return (await import(pathToFileURL(out).href)) as Engine;
}

const TOTAL_CHARS = 30_000;
const PAGE_CHARS = 10_000;
const RUNS = 20;
const FRAME: FrameSpec = { columns: 8, columnWidth: 12 * 9, gutter: 9, heightLines: 100 };

/** Deterministic mixed text: Han, Latin words, numbers with units, punctuation. */
function generateParagraphs(): string[] {
  let seed = 42;
  const rand = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const han =
    '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严';
  const words = [
    'Python',
    'news',
    'COVID-19',
    'iPhone',
    'GDP',
    'the',
    'city',
    'council',
    'App',
    'WTO',
  ];
  const numbers = ['14℃', '50名', '2022年', '3.5%', '1000', '12.3%', '3000万元', '11月26日'];
  const marks = [
    '，',
    '。',
    '、',
    '；',
    '：',
    '“',
    '”',
    '（',
    '）',
    '《',
    '》',
    '——',
    '……',
    '！',
    '？',
  ];
  const paragraphs: string[] = [];
  let total = 0;
  while (total < TOTAL_CHARS) {
    const target = 80 + Math.floor(rand() * 220);
    let p = '';
    while (p.length < target) {
      const r = rand();
      if (r < 0.8) p += han[Math.floor(rand() * han.length)];
      else if (r < 0.85) p += words[Math.floor(rand() * words.length)];
      else if (r < 0.9) p += numbers[Math.floor(rand() * numbers.length)];
      else p += marks[Math.floor(rand() * marks.length)];
    }
    p += '。';
    paragraphs.push(p);
    total += p.length;
  }
  return paragraphs;
}

function storyOf(paragraphs: string[]): Story {
  return {
    blocks: paragraphs.map((text) => ({ kind: 'paragraph', style: 'body', runs: [{ text }] })),
  };
}

function typesetAll(
  story: Story,
  fonts: ReturnType<typeof loadFontSet>,
): { frames: number; lines: number } {
  let token: BreakToken | null = null;
  const session = new engine.TypesetSession(fonts); // one chain run prepares each paragraph once
  let frames = 0;
  let lines = 0;
  do {
    const r = engine.flowFrame(story, FRAME, engine.DEFAULT_SETTINGS, fonts, token, { session });
    token = r.breakToken;
    frames++;
    lines += r.lines.length;
  } while (token && frames < 100);
  return { frames, lines };
}

async function browserPeer(paragraphs: string[]): Promise<number> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    const origin = 'http://bench.test';
    await page.route(`${origin}/fonts/*`, (route) => {
      const key = new URL(route.request().url()).pathname.split('/').pop()?.replace('.ttf', '');
      const file = FONT_FILES.find((f) => f.key === key);
      return file
        ? route.fulfill({ body: readFileSync(fontPath(file)), contentType: 'font/ttf' })
        : route.fulfill({ status: 404 });
    });
    const faces = FONT_FILES.map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-weight:${f.weight};src:url(${origin}/fonts/${f.key}.ttf)}`,
    ).join('');
    const width = FRAME.columns * FRAME.columnWidth + (FRAME.columns - 1) * FRAME.gutter;
    const css =
      `${faces}#cols{width:${width}pt;height:${FRAME.heightLines * engine.DEFAULT_SETTINGS.leading}pt;column-count:${FRAME.columns};` +
      `column-gap:${FRAME.gutter}pt;column-fill:auto;font:9pt/13.5pt 'Noto Serif SC';text-align:justify;line-break:strict}` +
      '#cols p{margin:0;text-indent:2em}';
    await page.route(`${origin}/`, (route) =>
      route.fulfill({
        contentType: 'text/html; charset=utf-8',
        body: `<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8"><style>${css}</style></head><body><div id="cols"></div></body></html>`,
      }),
    );
    await page.goto(`${origin}/`);
    const html = paragraphs.map((p) => `<p>${p}</p>`).join('');
    return await page.evaluate(
      async ({ html, runs }) => {
        await document.fonts.load("9pt 'Noto Serif SC'", '中a');
        await document.fonts.ready;
        const cols = document.getElementById('cols') as HTMLElement;
        // No named inner functions here: tsx would wrap them in a helper the page lacks.
        let total = 0;
        for (let i = -3; i < runs; i++) {
          cols.innerHTML = '';
          void cols.offsetHeight;
          const t0 = performance.now();
          cols.innerHTML = html;
          void cols.offsetHeight; // forces style and layout of the new text
          if (i >= 0) total += performance.now() - t0; // the first three runs warm up
        }
        return total / runs;
      },
      { html, runs: RUNS },
    );
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  engine = await loadBundledEngine();
  const paragraphs = generateParagraphs();
  const chars = paragraphs.reduce((n, p) => n + p.length, 0);
  const fonts = loadFontSet();
  const story = storyOf(paragraphs);
  const warm = typesetAll(story, fonts); // loads fonts and caches advances
  for (let i = 0; i < 5; i++) typesetAll(storyOf(paragraphs), fonts);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  for (let i = 0; i < RUNS; i++) typesetAll(storyOf(paragraphs), fonts); // fresh blocks: no prepared cache
  const engineMs = (performance.now() - t0) / RUNS;
  const cpu = process.cpuUsage(c0);
  const engineCpuMs = (cpu.user + cpu.system) / 1000 / RUNS;
  const peerMs = await browserPeer(paragraphs);
  const perPage = (ms: number) => (ms * PAGE_CHARS) / chars;
  const english = englishParagraphs(24_000);
  const englishTime = timeEnglishPage(engine, fonts, english);
  const ours = engineQuality(engine, fonts, english);
  const theirs = await chromiumQuality(engine, fonts, english);
  const figures = {
    chars,
    frames: warm.frames,
    lines: warm.lines,
    engineMsTotal: +engineMs.toFixed(3),
    engineMsPerPage: +perPage(engineMs).toFixed(3),
    engineCpuMsPerPage: +perPage(engineCpuMs).toFixed(3),
    engineCharsPerSec: Math.round((chars / engineMs) * 1000),
    peerMsTotal: +peerMs.toFixed(3),
    peerMsPerPage: +perPage(peerMs).toFixed(3),
    peerCharsPerSec: Math.round((chars / peerMs) * 1000),
    speedupOverPeer: +(peerMs / engineMs).toFixed(2),
    englishMsPerPage: +englishTime.median.toFixed(3),
    englishCpuMsPerPage: +englishTime.cpu.toFixed(3),
    englishEngine: rounded(ours),
    englishChromium: rounded(theirs),
  };
  console.log(
    `engine: ${figures.engineCharsPerSec} chars/s, ${figures.engineMsPerPage} ms per 10,000-char page ` +
      `(CPU ${figures.engineCpuMsPerPage} ms)`,
  );
  console.log(
    `chromium css columns: ${figures.peerCharsPerSec} chars/s, ${figures.peerMsPerPage} ms per page`,
  );
  console.log(
    `engine is ${figures.speedupOverPeer}x the browser peer (${warm.frames} frames, ${warm.lines} lines)`,
  );
  console.log(
    `english page (8 x 12 em, Source Serif 4): ${figures.englishMsPerPage} ms (goal 15), ` +
      `CPU ${figures.englishCpuMsPerPage} ms`,
  );
  for (const [name, q] of [
    ['engine', ours],
    ['chromium justify, same hyphens (manual)', theirs],
  ] as const) {
    console.log(
      `  ${name}: word-space deviation² ${q.spaceDeviation.toFixed(2)} over ${q.spaces} spaces, ` +
        `${q.hyphenatedLines} hyphenated and ${q.looseLines} loose of ${q.lines} lines`,
    );
  }
  console.log(
    "  (the peer gets the engine's hyphenation points as soft hyphens with hyphens: manual, " +
      'which is hyphens: auto with a dictionary; this Chromium may have none)',
  );
  const better =
    ours.spaceDeviation < theirs.spaceDeviation &&
    ours.hyphenatedLines < theirs.hyphenatedLines &&
    ours.looseLines < theirs.looseLines;
  console.log(`  engine better on every quality figure: ${better ? 'yes' : 'no'}`);
  console.log(JSON.stringify({ ...figures, englishBetterOnEveryFigure: better }));
}

function rounded(q: Quality): Quality {
  return { ...q, spaceDeviation: +q.spaceDeviation.toFixed(3) };
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
