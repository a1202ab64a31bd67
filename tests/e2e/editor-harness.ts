import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningHost } from '../../src/main/host/http-host';
import type { BodyBlock } from '../../src/shared/story/elements';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

/**
 * The body editor alone (#/editor-harness in the built renderer, served by the real host
 * over a temp database it never uses): for IME and paste tests.
 */
export interface HarnessRun {
  host: RunningHost;
  browser: Browser;
  page: Page;
  pageErrors: string[];
  close(): Promise<void>;
}

export async function startHarness(): Promise<HarnessRun> {
  rendererDir();
  const dbPath = join(tempDir('newsdesk-editor-'), 'newsdesk.db');
  await seedDatabase(dbPath, []);
  const host = await startAppHost(dbPath);
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') pageErrors.push(`console: ${message.text()}`);
  });
  return {
    host,
    browser,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await host.close();
    },
  };
}

/** A fresh, empty editor with the caret in it. */
export async function openEmptyEditor(run: HarnessRun): Promise<void> {
  await run.page.goto(`${run.host.origin}/#/editor-harness`);
  await run.page.reload(); // a hash-only navigation would keep the previous editor
  await editable(run.page).waitFor();
  await editable(run.page).click();
}

export function editable(page: Page) {
  return page.locator('[data-slate-editor="true"]');
}

/** The editor's document as the app sees it (mirrored JSON). */
export async function editorValue(page: Page): Promise<BodyBlock[]> {
  const json = await page.getByTestId('editor-value').textContent();
  return JSON.parse(json ?? '[]') as BodyBlock[];
}

/**
 * Waits until Slate's own selection is the given offsets in the first text node: keys such
 * as Shift+ArrowLeft move the DOM selection, which Slate takes over a moment later.
 */
export async function waitForSelection(page: Page, anchor: number, focus = anchor): Promise<void> {
  const wanted = JSON.stringify({
    anchor: { path: [0, 0], offset: anchor },
    focus: { path: [0, 0], offset: focus },
  });
  await page.waitForFunction(
    (json) => document.querySelector('[data-testid="editor-selection"]')?.textContent === json,
    wanted,
  );
}

/** The text of each rendered paragraph, exactly as in the DOM (Slate's zero-width aside). */
export async function paragraphTexts(page: Page): Promise<string[]> {
  return editable(page)
    .locator('p')
    .evaluateAll((nodes) => nodes.map((node) => (node.textContent ?? '').replace(/\uFEFF/g, '')));
}
