/**
 * The first screen (issue 14.8), part of `npm run bench:ui`: the built renderer through the
 * HTTP host in Chromium, each run in a fresh context (empty HTTP cache), timed with the
 * Performance API from navigation start: first contentful paint, the sign-in screen usable
 * (its form shown, its fonts loaded, painted), and, with the session of a sign-in, the desk's
 * list usable; then the board: click on 版面 → all four pages and the large page painted with
 * their fonts loaded, once right away and once after a second's look at the desk. Also the
 * font bytes each screen fetched. With PEER_RENDERER_DIR (a renderer built from an earlier
 * commit), the same runs against it, alternating, as the peer.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { type RunningHost, startHost } from '../../src/main/host/http-host';
import { rendererDir, signIn } from '../e2e/app-host';
import { launchChromium } from '../e2e/chromium';
import { buildFirstScreenDatabase, FIRST_SCREEN_EDITOR, PAGES } from './first-screen-db';
import { armPaint, painted, paintedSinceAction, shown } from './paint-timing';

const RUNS = Number(process.env.RUNS ?? 5);
const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Number((s[Math.floor((s.length - 1) / 2)] ?? 0).toFixed(1));
};

/** Navigation timing, first contentful paint and the fonts fetched so far (KB, files). */
function pageTimings(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? 0;
    const fonts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (r) => /\.(woff2?|ttf|otf)(\?|$)/.test(r.name),
    );
    return {
      domContentLoaded: nav.domContentLoadedEventEnd,
      load: nav.loadEventEnd,
      fcp,
      fontKb: Math.round(fonts.reduce((n, r) => n + r.encodedBodySize, 0) / 1024),
      fontFiles: fonts.length,
    };
  });
}

const fontsFetched = (page: Page) =>
  page.evaluate(() => {
    const fonts = (performance.getEntriesByType('resource') as PerformanceResourceTiming[]).filter(
      (r) => /\.(woff2?|ttf|otf)(\?|$)/.test(r.name),
    );
    return Math.round(fonts.reduce((n, r) => n + r.encodedBodySize, 0) / 1024);
  });

const DESK_ROW = '.story-table td.col-headline button';

/** How long the editor looks at the desk before opening the board, in the second timing. */
const LOOK_MS = 1000;

/** Click on 版面 → the flatplan's four pages and the large page painted; the font KB since. */
async function openBoard(page: Page, fontKbBefore: number) {
  await armPaint(page, { thumbs: shown('.page-thumb', PAGES), large: shown('.large-page', 1) });
  await page.getByRole('button', { name: '版面', exact: true }).click();
  const [thumbs = Number.NaN, large = Number.NaN] = await paintedSinceAction(page, [
    'thumbs',
    'large',
  ]);
  return { open: Math.max(thumbs, large), fontKb: (await fontsFetched(page)) - fontKbBefore };
}

async function oneRun(browser: Browser, host: RunningHost): Promise<Record<string, number>> {
  const viewport = { width: 1400, height: 900 };
  // The sign-in screen, cold.
  const first = await browser.newContext({ viewport, locale: 'zh-CN' });
  const signInPage = await first.newPage();
  await signInPage.goto(host.url);
  const signInUsable = await painted(signInPage, 'form[data-sign-in]', 1);
  const signInTimes = await pageTimings(signInPage);
  await signIn(signInPage, FIRST_SCREEN_EDITOR);
  await signInPage.locator(DESK_ROW).first().waitFor();
  const session = await first.storageState();
  await first.close();

  // The desk, cold (a fresh cache) but signed in: what an editor meets opening the app.
  const second = await browser.newContext({ viewport, locale: 'zh-CN', storageState: session });
  const page = await second.newPage();
  await page.goto(host.url);
  const deskUsable = await painted(page, DESK_ROW, 1);
  const desk = await pageTimings(page);
  const deskFontKb = await fontsFetched(page);

  const board = await openBoard(page, deskFontKb);
  await second.close();

  // The same, with the desk on screen for a second before the click, as an editor reads it
  // first: what the desk fetches for the board meanwhile (composed pages, their fonts) counts.
  const third = await browser.newContext({ viewport, locale: 'zh-CN', storageState: session });
  const looked = await third.newPage();
  await looked.goto(host.url);
  await painted(looked, DESK_ROW, 1);
  await looked.waitForTimeout(LOOK_MS);
  const boardAfterLook = await openBoard(looked, await fontsFetched(looked));
  await third.close();
  return {
    signInFcp: signInTimes.fcp,
    signInUsable,
    signInFontKb: signInTimes.fontKb,
    deskFcp: desk.fcp,
    deskDomContentLoaded: desk.domContentLoaded,
    deskUsable,
    deskFontKb,
    boardOpen: board.open,
    boardFontKb: board.fontKb,
    boardOpenAfterLook: boardAfterLook.open,
    boardAfterLookFontKb: boardAfterLook.fontKb,
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-first-screen-'));
  const dbPath = join(dir, 'newsdesk.sqlite');
  await buildFirstScreenDatabase(dbPath);
  const renderers: Array<[string, string]> = [['now', rendererDir()]];
  const peerDir = process.env.PEER_RENDERER_DIR;
  if (peerDir) renderers.push(['peer', resolve(peerDir)]);
  const hosts = await Promise.all(
    renderers.map(([, staticDir]) => startHost({ dbPath, staticDir, port: 0, host: '127.0.0.1' })),
  );
  // Signs in through the form: the sign-in buttons' init script does not survive tsx.
  const browser = await launchChromium({ signInButtons: false });
  const results = renderers.map(() => ({}) as Record<string, number[]>);
  try {
    for (let run = 0; run < RUNS; run++) {
      for (const [i, host] of hosts.entries()) {
        const figures = await oneRun(browser, host);
        const into = results[i] ?? {};
        for (const [k, v] of Object.entries(figures)) into[k] = [...(into[k] ?? []), v];
      }
      log(`first screen: run ${run + 1}/${RUNS} done`);
    }
  } finally {
    await browser.close();
    for (const host of hosts) await host.close();
  }
  const summary: Record<string, Record<string, number>> = {};
  for (const [i, [name]] of renderers.entries()) {
    summary[name] = Object.fromEntries(
      Object.entries(results[i] ?? {}).map(([k, v]) => [k, median(v)]),
    );
  }
  for (const key of Object.keys(summary.now ?? {})) {
    const peer = summary.peer?.[key];
    const unit = key.endsWith('Kb') ? 'KB' : 'ms';
    log(`${key}: ${summary.now?.[key]} ${unit}${peer === undefined ? '' : ` (peer ${peer})`}`);
  }
  console.log(JSON.stringify({ firstScreen: summary, runs: RUNS }));
}

void main();
