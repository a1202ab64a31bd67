// HTML -> PDF with the system Chromium driven by playwright-core (the CLI and tests; the
// app prints the same HTML with Electron, src/main/electron/print-to-pdf.ts).
//
// Script: the page's own JavaScript is off (`javaScriptEnabled: false`), so nothing in an
// exported document can ever run. Playwright's evaluate goes through the DevTools protocol
// and still works with page script off, which is how we wait for `document.fonts.ready`
// (fonts-ready.ts) without a CSP meta or trusting the document.
// Network: every request is aborted; the document comes in with setContent and everything
// it needs is inlined as data: URLs (which are never routed).

import type { Browser, BrowserContext } from 'playwright-core';
import { DEFAULT_PDF_TIMEOUT_MS, withDeadline } from './deadline';
import { CHROMIUM_ARGS, type ChromiumLookup, findChromium } from './find-chromium';
import { assertFontsLoaded, FONTS_READY_EXPRESSION } from './fonts-ready';
import { forPrinting } from './print-document';

export interface PrintPdfOptions {
  /** Page size when the document has no @page size (it always should: the CSS wins). */
  widthMm: number;
  heightMm: number;
  /** Default 60 s; covers Chromium's start too in printPdf. */
  timeoutMs?: number;
}

export interface PrinterOptions {
  /** Where Chromium is looked for; tests inject a lookup that finds nothing. */
  lookup?: ChromiumLookup;
}

export interface PdfPrinter {
  print(html: string, options: PrintPdfOptions): Promise<Buffer>;
  close(): Promise<void>;
}

async function launch(options: PrinterOptions): Promise<Browser> {
  const executablePath = findChromium(options.lookup);
  // Loaded on first print: playwright-core is a quarter of a second of every CLI start.
  const { chromium } = await import('playwright-core');
  return chromium.launch({
    executablePath,
    args: [...CHROMIUM_ARGS],
    headless: true,
  });
}

async function printInContext(context: BrowserContext, html: string, o: PrintPdfOptions) {
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  const page = await context.newPage();
  await page.setContent(forPrinting(html), { waitUntil: 'load' });
  assertFontsLoaded(await page.evaluate<unknown>(FONTS_READY_EXPRESSION));
  return page.pdf({
    preferCSSPageSize: true,
    printBackground: true,
    width: `${o.widthMm}mm`,
    height: `${o.heightMm}mm`,
  });
}

/** A Chromium kept running for several prints (batch export, benchmarks). */
export async function createPdfPrinter(options: PrinterOptions = {}): Promise<PdfPrinter> {
  const browser = await launch(options);
  return {
    async print(html, o) {
      // A fresh context per print: no state from one document leaks into the next.
      const context = await browser.newContext({ javaScriptEnabled: false });
      const timeoutMs = o.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
      try {
        return await withDeadline(printInContext(context, html, o), timeoutMs, () =>
          context.close(),
        );
      } finally {
        await context.close().catch(() => {});
      }
    },
    close: () => browser.close(),
  };
}

/** A document to print and its page size (the fallback where it has no @page size). */
export interface PrintJob extends PrintPdfOptions {
  html: string;
}

/** Event-loop turns Playwright takes (profile folder, pipes) before it spawns Chromium. */
const TURNS_TO_SPAWN = 5;

async function turns(n: number): Promise<void> {
  for (let i = 0; i < n; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * One PDF: starts Chromium at once and, while it starts, has the document made (composing
 * and subsetting keep Node busy; Chromium starts in its own processes), prints it, always
 * closes it. A document that cannot be made is the error, whatever Chromium did. The
 * timeout covers the start and the print.
 */
export async function printWhileMaking(
  make: () => Promise<PrintJob>,
  printerOptions: PrinterOptions = {},
): Promise<Buffer> {
  let printer: PdfPrinter | undefined;
  let abandoned = false;
  const starting = (async () => {
    const started = await createPdfPrinter(printerOptions);
    printer = started;
    // The deadline may have passed, or the document failed, while Chromium was starting:
    // nobody else will close it.
    if (abandoned) {
      await started.close();
      throw new Error('abandoned');
    }
    return started;
  })();
  starting.catch(() => {}); // awaited below once the document is made
  let job: PrintJob;
  try {
    await turns(TURNS_TO_SPAWN);
    job = await make();
  } catch (error) {
    abandoned = true;
    await printer?.close().catch(() => {});
    throw error;
  }
  const timeoutMs = job.timeoutMs ?? DEFAULT_PDF_TIMEOUT_MS;
  const work = starting.then((started) => started.print(job.html, { ...job, timeoutMs }));
  try {
    return await withDeadline(work, timeoutMs, async () => {
      abandoned = true;
      await printer?.close();
    });
  } finally {
    await printer?.close().catch(() => {});
  }
}

/** One PDF of a document at hand: starts Chromium, prints, always closes it. */
export function printPdf(
  html: string,
  options: PrintPdfOptions,
  printerOptions: PrinterOptions = {},
): Promise<Buffer> {
  return printWhileMaking(async () => ({ ...options, html }), printerOptions);
}
