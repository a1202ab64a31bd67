// The PDF path of export, end to end: embedded subset fonts, printed by the system
// Chromium, checked with poppler as a printing plant's RIP would see the file.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PdfTimeoutError } from '../../src/main/export/deadline';
import { NO_CHROMIUM_MESSAGE } from '../../src/main/export/find-chromium';
import { pdfFonts, pdfInfo, pdfText } from '../../src/main/export/inspect-pdf';
import {
  createPdfPrinter,
  type PdfPrinter,
  printPdf,
  printWhileMaking,
} from '../../src/main/export/print-pdf';
import { launchChromium } from './chromium';
import { issueHtml, SENTENCES, TRIM } from './pdf-issue-fixture';

const PT_PER_MM = 72 / 25.4;
const NO_CHROMIUM = { lookup: { env: { CHROME_PATH: '/nonexistent/chrome' }, fallbacks: [] } };

function expectSizeMm(
  size: { widthPt: number; heightPt: number } | undefined,
  w: number,
  h: number,
) {
  expect(Math.abs((size?.widthPt ?? 0) / PT_PER_MM - w)).toBeLessThan(0.5);
  expect(Math.abs((size?.heightPt ?? 0) / PT_PER_MM - h)).toBeLessThan(0.5);
}

/** Each page of a PDF as a 50 dpi grey raster (poppler's pdftoppm). */
function rasters(pdf: Buffer): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-raster-'));
  try {
    writeFileSync(join(dir, 'in.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '50', '-gray', join(dir, 'in.pdf'), join(dir, 'page')]);
    const pages = readdirSync(dir).filter((name) => name.endsWith('.pgm'));
    return pages.sort().map((name) => readFileSync(join(dir, name)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The plain way to print: the document laid out on screen as it loads, then printed. */
async function printUnheld(html: string): Promise<Buffer> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ javaScriptEnabled: false });
    await page.setContent(html, { waitUntil: 'load' });
    await page.evaluate('document.fonts.ready.then(() => 1)');
    return await page.pdf({ preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
  }
}

/** Chromium processes this test process started and did not reap. */
function chromiumChildren(): string[] {
  const out = execFileSync('ps', ['--ppid', String(process.pid), '-o', 'comm='], {
    encoding: 'utf8',
  });
  return out.split('\n').filter((name) => /chrom/i.test(name));
}

describe('PDF export with the system Chromium', () => {
  let pdf: Buffer;

  beforeAll(async () => {
    const issue = await issueHtml();
    const started = performance.now();
    pdf = await printPdf(issue.html, TRIM);
    const printMs = performance.now() - started;
    const kb = (n: number) => `${Math.round(n / 1024)} KB`;
    console.log(
      `4-page PDF: fonts subset in ${issue.embedMs.toFixed(0)} ms ` +
        `(${issue.fonts.faces.map((f) => `${f.key} ${f.characters} chars ${kb(f.bytes)}`).join(', ')}); ` +
        `HTML ${kb(issue.html.length)}; printed in ${printMs.toFixed(0)} ms including Chromium start; ` +
        `PDF ${kb(pdf.length)}`,
    );
  });

  it('prints every pixel as the plain print does: holding screen layout changes nothing', async () => {
    const plain = rasters(await printUnheld((await issueHtml()).html));
    const ours = rasters(pdf);
    expect(ours).toHaveLength(4);
    expect(plain).toHaveLength(4);
    ours.forEach((page, i) => {
      expect(page.equals(plain[i] as Buffer)).toBe(true);
    });
  });

  it('has four pages at the @page trim size', async () => {
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(4);
    expect(info.sizes).toHaveLength(4);
    for (const size of info.sizes) expectSizeMm(size, TRIM.widthMm, TRIM.heightMm);
  });

  it('embeds every font, as subset CID TrueType (no Type 3)', async () => {
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) {
      expect(font, font.name).toMatchObject({ embedded: true, unicode: true });
      expect(font.type).not.toMatch(/Type 3/);
    }
    const names = fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, ''));
    for (const face of [
      'NotoSerifSC-Regular',
      'NotoSerifSC-Bold',
      'NotoSansSC-Regular',
      'NotoSansSC-Bold',
    ])
      expect(names).toContain(face);
  });

  it('gives the Chinese text back exactly', async () => {
    const text = await pdfText(pdf);
    const pages = text.split('\f').filter((page) => page.trim() !== '');
    expect(pages).toHaveLength(4);
    for (const page of pages) {
      for (const sentence of Object.values(SENTENCES)) expect(page).toContain(sentence);
    }
  });

  it('grows each page by twice the bleed', async () => {
    const issue = await issueHtml(3);
    const bled = await printPdf(issue.html, TRIM);
    const info = await pdfInfo(bled);
    expect(info.pages).toBe(4);
    for (const size of info.sizes) expectSizeMm(size, TRIM.widthMm + 6, TRIM.heightMm + 6);
  });
});

describe('what the printed document cannot do', () => {
  let printer: PdfPrinter;
  let server: Server;
  let requests = 0;

  beforeAll(async () => {
    printer = await createPdfPrinter();
    server = createServer((_req, res) => {
      requests++;
      res.end('');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });

  afterAll(async () => {
    await printer.close();
    await new Promise((resolve) => server.close(resolve));
  });

  it('runs no script and fetches nothing', async () => {
    const port = (server.address() as AddressInfo).port;
    const html =
      `<!doctype html><html><body><p id="p">static text</p>` +
      `<script>document.getElementById('p').textContent = 'script ran'</script>` +
      `<img src="http://127.0.0.1:${port}/logo.png"><link rel="stylesheet" href="http://127.0.0.1:${port}/x.css">` +
      `</body></html>`;
    const text = await pdfText(await printer.print(html, TRIM));
    expect(text).toContain('static text');
    expect(text).not.toContain('script ran');
    expect(requests).toBe(0);
  });

  it('refuses to print with a fallback face where an embedded font is broken', async () => {
    const html =
      `<!doctype html><style>@font-face{font-family:'Broken';` +
      `src:url(data:font/ttf;base64,AAEAAAALAIAAAwAwT1MvMg==) format('truetype')}</style>` +
      `<p style="font-family:'Broken'">本报讯</p>`;
    await expect(printer.print(html, TRIM)).rejects.toThrow(
      'PDF export: font failed to load: Broken',
    );
  });

  it('times out with a clear error, and the printer still works afterwards', async () => {
    const html = '<!doctype html><p>slow</p>';
    await expect(printer.print(html, { ...TRIM, timeoutMs: 1 })).rejects.toThrow(
      new PdfTimeoutError(1).message,
    );
    const info = await pdfInfo(await printer.print(html, TRIM));
    expect(info.pages).toBe(1);
  });
});

describe('PDF export failures', () => {
  it('names the one fix where there is no Chromium', async () => {
    const failure = printPdf('<p>x</p>', TRIM, NO_CHROMIUM);
    await expect(failure).rejects.toThrow(NO_CHROMIUM_MESSAGE);
    await expect(failure).rejects.toMatchObject({ message: NO_CHROMIUM_MESSAGE });
  });

  it('gives the error of a document that cannot be made, and leaves no Chromium behind', async () => {
    const before = chromiumChildren().length;
    const failing = printWhileMaking(async () => {
      // Long enough for Chromium to be up when the composing fails.
      await new Promise((resolve) => setTimeout(resolve, 600));
      throw new Error('no issue for 2026-11-29');
    });
    await expect(failing).rejects.toThrow('no issue for 2026-11-29');
    for (let wait = 0; wait < 100 && chromiumChildren().length > before; wait++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(chromiumChildren().length).toBe(before);
  });

  it('times out during Chromium start with a clear error, and leaves no Chromium behind', async () => {
    const before = chromiumChildren().length;
    await expect(printPdf('<p>x</p>', { ...TRIM, timeoutMs: 50 })).rejects.toBeInstanceOf(
      PdfTimeoutError,
    );
    for (let wait = 0; wait < 100 && chromiumChildren().length > before; wait++)
      await new Promise((resolve) => setTimeout(resolve, 100));
    expect(chromiumChildren().length).toBe(before);
  });
});
