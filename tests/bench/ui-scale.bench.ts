/**
 * `npm run bench:ui` (second part): the built renderer in Chromium, through the HTTP host, over a
 * database of 10,000 stories on today's desk (ui-scale-db.ts, cached under /tmp). Times, as
 * medians of RUNS: the desk's first show, a status filter, a search, the return to the desk,
 * the board's opening and one 上版 (the card leaving the tray, `assign`, and the story drawn on
 * the large page, `assignOnPage`) — the desk's beside the same action on a desk of 50 stories
 * (the peer), each timed in the page from the click, change or key to the next paint with the
 * result shown and its fonts loaded (paint-timing.ts: the watch is armed before the action). Then a story of 50 (the floor), 1,000, 3,300 and 10,000 paragraphs: its opening, and
 * input → next paint p95 while typing (Event Timing API, and a rAF probe); the 1,000 again
 * placed on a page, so the editor's copyfit asks the desk after each pause. Run `npm run build`
 * first; UI_BENCH_ONLY=typing runs only the typing cases, =lists only the desk and board. The last line is one JSON object of
 * the figures.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningHost } from '../../src/main/host/http-host';
import { rendererDir, startAppHost } from '../e2e/app-host';
import { launchChromium } from '../e2e/chromium';
import { rememberSeededName } from '../e2e/seeded-names';
import { armPaint, paintedSinceAction, shown, timeAction } from './paint-timing';
import {
  benchDatabase,
  DESK_STORIES,
  EDITOR,
  PEER_STORIES,
  sizeMb,
  TYPING_DATE,
  TYPING_SIZES,
  typingHeadline,
  yesterday,
} from './ui-scale-db';

const RUNS = Number(process.env.RUNS ?? 3);
/** UI_BENCH_ONLY=typing: only the typing cases; =lists: only the desk and the board. */
const ONLY = process.env.UI_BENCH_ONLY ?? '';
const KEYS = 40;

const log = (line: string) => process.stderr.write(`${line}\n`);
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Number((s[Math.floor((s.length - 1) / 2)] ?? 0).toFixed(1));
};
const p95 = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return Number((s[Math.min(s.length - 1, Math.ceil(0.95 * s.length) - 1)] ?? 0).toFixed(1));
};

const push = (into: Record<string, number[]>, from: Record<string, number>) => {
  for (const [k, v] of Object.entries(from)) into[k] = [...(into[k] ?? []), v];
};

let host: RunningHost;
let browser: Browser;

/** The sign-in screen, of the app opened on the desk of `date` (today's when null). */
async function signIn(date: string | null = null): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(date ? `${host.url}#/desk/${date}` : host.url);
  await page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).waitFor();
  return page;
}

const FIRST_ROW = '.story-table td.col-headline button';
const firstRow = (page: Page) => page.locator(FIRST_ROW).first();
const countText = (page: Page) => page.locator('.screen-bar [aria-live="polite"]').textContent();
const COUNT_TEXT = `document.querySelector('.screen-bar [aria-live="polite"]')?.textContent`;

/**
 * The desk's actions on the desk date shown; each returns ms from the click, change or key
 * to the next paint with the result shown and its fonts loaded (paint-timing.ts).
 */
async function deskRun(date: string | null) {
  // The peer's desk from its first show on: the same steps at the same pace on both.
  const page = await signIn(date);
  const first = await timeAction(page, shown(FIRST_ROW, 1), () =>
    page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).click(),
  );
  const before = JSON.stringify(await countText(page));
  const filter = await timeAction(
    page,
    `${COUNT_TEXT} !== ${before} && document.querySelector('${FIRST_ROW}') !== null`,
    () => page.locator('#desk-status').selectOption('filed'),
  );
  await page.locator('#desk-status').selectOption('');
  await page.getByLabel('搜索稿件').fill('市政府');
  const search = await timeAction(page, shown('.search-results li, .desk p.empty', 1), () =>
    page.getByLabel('搜索稿件').press('Enter'),
  );
  await page.getByRole('button', { name: '清除' }).click();
  await firstRow(page).waitFor();
  await firstRow(page).click();
  await page.locator('[data-slate-editor="true"]').waitFor();
  const back = await timeAction(page, shown(FIRST_ROW, 1), () =>
    page.getByRole('button', { name: '← 稿库' }).click(),
  );
  await page.context().close();
  return { first, filter, search, back };
}

async function boardRun() {
  const page = await signIn();
  await page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).click();
  await firstRow(page).waitFor();
  const tray = page.locator('.story-tray [data-story-id]');
  const open = await timeAction(
    page,
    `document.querySelector('.story-tray [data-story-id]') !== null &&
      document.querySelector('.page-thumb') !== null`,
    () => page.getByRole('button', { name: '版面', exact: true }).click(),
  );
  const card = tray.first();
  const id = await card.getAttribute('data-story-id');
  // 上版: the card leaves the tray; then the story is drawn on the large page (the page the
  // tray places on), composed by the desk, with its fonts.
  await armPaint(page, {
    gone: `document.querySelector('.story-tray [data-story-id="${id}"]') === null`,
    onPage: `document.querySelector('.large-page [data-story="${id}"]') !== null`,
  });
  await card.getByRole('button').click();
  const [assign = Number.NaN, assignOnPage = Number.NaN] = await paintedSinceAction(page, [
    'gone',
    'onPage',
  ]);
  await page.context().close();
  return { open, assign, assignOnPage };
}

/** Opens the long story and types KEYS letters in its middle; input → paint per key. */
async function typingRun(size: number) {
  const page = await signIn();
  await page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).click();
  await firstRow(page).waitFor();
  await page.locator('#desk-date').fill(TYPING_DATE);
  await page.locator('#desk-date').press('Enter');
  const link = page.getByRole('button', { name: typingHeadline(size), exact: true });
  await link.waitFor();
  const body = page.locator('[data-slate-editor="true"]');
  const open = await timeAction(
    page,
    shown('[data-slate-editor="true"] p', Math.min(size, 21)),
    () => link.click(),
  );
  // What the DOM holds at first paint (chunks far from the view mount later).
  const elementsAtOpen = await page.evaluate(
    () => document.querySelectorAll('[data-slate-editor] *').length,
  );
  await page.evaluate(() => {
    const w = window as unknown as { probe: number[]; timing: number[] };
    w.probe = [];
    w.timing = [];
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => w.probe.push(performance.now() - start), 0));
      },
      true,
    );
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.name === 'keydown' || entry.name === 'keypress' || entry.name === 'beforeinput')
          w.timing.push(entry.duration);
      }
    }).observe({
      type: 'event',
      durationThreshold: 16,
      buffered: false,
    } as PerformanceObserverInit);
  });
  await body
    .locator('p')
    .nth(Math.floor(Math.min(size, 40) / 2))
    .click();
  await page.keyboard.press('End');
  // A fast typist's pace (10 keys a second): keys do not queue behind each other.
  for (let i = 0; i < KEYS; i++) {
    await page.keyboard.type('a');
    await page.waitForTimeout(100);
  }
  await page.waitForTimeout(300);
  const { probe, timing } = await page.evaluate(() => {
    const w = window as unknown as { probe: number[]; timing: number[] };
    return { probe: w.probe, timing: w.timing };
  });
  // Event Timing reports only events of 16 ms and more: the others count as under 16.
  const events = [...timing, ...Array(Math.max(0, KEYS - timing.length)).fill(8)];
  const elements = await page.evaluate(
    () => document.querySelectorAll('[data-slate-editor] *').length,
  );
  await page.context().close();
  return { open, probeP95: p95(probe), eventP95: p95(events), elementsAtOpen, elements };
}

/** Puts the typing story of `size` paragraphs on page 1 of its date's issue (made here). */
async function placeTypingStory(size: number): Promise<void> {
  const actor = { actorId: host.desk.people.firstAdmin()?.id ?? 1 };
  await host.desk.call('issue.create', { date: TYPING_DATE }, actor);
  const listed = await host.desk.call('story.list', { deskDate: TYPING_DATE }, actor);
  if (!listed.ok) throw new Error(`story.list: ${listed.error.message}`);
  const story = (listed.result as { id: number; headline: string }[]).find(
    (s) => s.headline === typingHeadline(size),
  );
  if (!story) throw new Error(`no story ${typingHeadline(size)}`);
  const placed = await host.desk.call(
    'placement.assign',
    { storyId: story.id, date: TYPING_DATE, page: 1 },
    actor,
  );
  if (!placed.ok) throw new Error(`placement.assign: ${placed.error.message}`);
}

async function main(): Promise<void> {
  rendererDir();
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-ui-scale-'));
  const { path, built } = await benchDatabase(dir);
  log(
    built === null ? 'database from the cache' : `database built in ${(built / 1000).toFixed(1)} s`,
  );
  host = await startAppHost(path);
  // A cached database was seeded by an earlier process: name its profile for the sign-in button.
  rememberSeededName(EDITOR);
  browser = await launchChromium();
  const figures: Record<string, unknown> = { stories: DESK_STORIES, dbMb: sizeMb(path) };
  try {
    const desk: Record<string, number[]> = {};
    const peer: Record<string, number[]> = {};
    const board: Record<string, number[]> = {};
    for (let run = 0; run < (ONLY === 'typing' ? 0 : RUNS); run++) {
      for (const [target, date] of [
        [desk, null],
        [peer, yesterday()],
      ] as const) {
        const r = await deskRun(date);
        push(target, r);
      }
      const b = await boardRun();
      push(board, b);
      log(`run ${run + 1}/${RUNS} done`);
    }
    for (const [k, v] of Object.entries(desk)) {
      const ms = median(v);
      const peerMs = median(peer[k] ?? []);
      figures[`desk.${k}`] = { ms, peerMs, ratio: Number((ms / Math.max(peerMs, 1)).toFixed(2)) };
      log(`desk ${k}: ${ms} ms at ${DESK_STORIES} stories, ${peerMs} ms at ${PEER_STORIES}`);
    }
    for (const [k, v] of Object.entries(board)) {
      figures[`board.${k}`] = { ms: median(v) };
      log(`board ${k}: ${median(v)} ms`);
    }
    const typingCases: [number, boolean][] =
      ONLY === 'lists'
        ? []
        : [...TYPING_SIZES.map((size): [number, boolean] => [size, false]), [1_000, true]];
    for (const [size, placed] of typingCases) {
      if (placed) await placeTypingStory(size);
      const runs = [];
      for (let run = 0; run < Math.min(RUNS, 2); run++) runs.push(await typingRun(size));
      const f = {
        openMs: median(runs.map((r) => r.open)),
        probeP95: median(runs.map((r) => r.probeP95)),
        eventP95: median(runs.map((r) => r.eventP95)),
        elementsAtOpen: runs[0]?.elementsAtOpen ?? 0,
        editorElements: runs[0]?.elements ?? 0,
      };
      figures[`typing.${size}${placed ? '.placed' : ''}`] = f;
      log(
        `typing at ${size} paragraphs${placed ? ', placed' : ''}: open ${f.openMs} ms, input→paint p95 ${f.probeP95} ms (rAF), ${f.eventP95} ms (Event Timing); ${f.elementsAtOpen} editor elements at open, ${f.editorElements} after typing`,
      );
    }
  } finally {
    await browser.close();
    await host.close();
  }
  console.log(JSON.stringify(figures));
}

void main();
