// The PDF writer against Chromium: the same issue exported as HTML (printed by Chromium, the
// old path) and as PDF by our writer from the display list. Each page's text is the HTML
// page's text, in order; every page rasterized by poppler matches Chromium's print within
// a stated tolerance; a phone photo stored on its side stands upright in both.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { printPdf } from '../../src/main/export/print-pdf';
import { withOrientation } from '../../src/main/import/test-support/images';
import {
  buildIssue,
  type Call,
  DEFAULT_STORIES,
  type FixturePhoto,
} from '../../src/main/layout/test-support/issue-fixture';
import { photographs } from '../support/photographs';
import { launchChromium } from './chromium';

const DATE = '2026-11-28';
const DPI = 50;
/** A pixel differs when its grey level is more than this apart (of 255). */
const PIXEL_TOLERANCE = 64;
/** At most this share of a page's pixels may differ: anti-aliasing of glyph edges, which
 * Chromium (Skia) and poppler (Splash) draw differently. A glyph a pixel out of place, or
 * a photo turned or cropped otherwise, differs on far more than this. */
const PAGE_TOLERANCE = 0.005;

const squeeze = (s: string) => s.replace(/\s+/g, '');
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

/** Each page's text in the HTML: every line's text, in document order. */
function htmlPageTexts(html: string): string[] {
  const pages = [...html.matchAll(/<section class="page" data-page="\d+">(.*?)<\/section>/gs)];
  return pages.map(([, inner]) =>
    [...(inner ?? '').matchAll(/<div data-line="\d+"[^>]*>(.*?)<\/div>/g)]
      .map((m) => (m[1] ?? '').replace(/<[^>]*>/g, ''))
      .join('')
      .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e] ?? e),
  );
}

/** Each page as a grey raster: width, height, pixels. */
function rasters(pdf: Buffer, dir: string, name: string) {
  writeFileSync(join(dir, `${name}.pdf`), pdf);
  execFileSync('pdftoppm', ['-r', String(DPI), '-gray', join(dir, `${name}.pdf`), join(dir, name)]);
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.pgm'))
    .sort()
    .map((f) => {
      const bytes = readFileSync(join(dir, f));
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(bytes.toString('latin1', 0, 40));
      if (!header) throw new Error(`${f}: not a PGM`);
      const [all, w, h] = header;
      return { width: Number(w), height: Number(h), pixels: bytes.subarray(all.length) };
    });
}

describe('our PDF against Chromium printing the same HTML', () => {
  let dir: string;
  let desk: Desk;
  let html: string;
  let ours: Buffer;
  let chromium: Buffer;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-writer-e2e-'));
    desk = openDesk({ dbPath: join(dir, 'desk.sqlite') });
    const call: Call = async (name, args) => {
      const reply = await desk.call(name, args, { actorId: 1 });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      return reply.result as never;
    };
    const browser = await launchChromium();
    let photos: FixturePhoto[];
    try {
      const [landscape] = await photographs(browser, 1, 1200, 800);
      if (!landscape) throw new Error('no photograph');
      // Stored on its side with Exif orientation 6: shown (and placed) upright, 800 x 1200.
      const phone = withOrientation(landscape, 6);
      photos = [{ width: 800, height: 1200, file: { mime: 'image/jpeg', bytes: phone } }];
    } finally {
      await browser.close();
    }
    await buildIssue(call, DATE, DEFAULT_STORIES, photos);
    html = (await call('export.html', { date: DATE })).html;
    // RGB: the photo goes in as it is, so both renderings show the same pixels.
    ours = Buffer.from(
      (await call('export.pdf', { date: DATE, colour: 'rgb' })).pdfBase64,
      'base64',
    );
    chromium = await printPdf(html, { widthMm: 390, heightMm: 546 });
  }, 180_000);
  afterAll(() => {
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("gives each page's text back as the HTML page holds it", () => {
    const expected = htmlPageTexts(html);
    expect(expected).toHaveLength(4);
    writeFileSync(join(dir, 'ours.pdf'), ours);
    expected.forEach((text, i) => {
      const page = execFileSync(
        'pdftotext',
        ['-raw', '-f', String(i + 1), '-l', String(i + 1), join(dir, 'ours.pdf'), '-'],
        { encoding: 'utf8' },
      );
      expect(squeeze(page), `page ${i + 1}`).toBe(squeeze(text));
    });
  });

  it('paints every page as Chromium prints the HTML, within the tolerance', () => {
    const a = rasters(ours, dir, 'ours');
    const b = rasters(chromium, dir, 'chromium');
    expect(a).toHaveLength(4);
    expect(b).toHaveLength(4);
    a.forEach((page, i) => {
      const other = b[i];
      if (!other) throw new Error(`no Chromium page ${i + 1}`);
      expect([page.width, page.height]).toEqual([other.width, other.height]);
      let differing = 0;
      for (let k = 0; k < page.pixels.length; k++) {
        if (Math.abs((page.pixels[k] ?? 0) - (other.pixels[k] ?? 0)) > PIXEL_TOLERANCE) differing++;
      }
      const share = differing / page.pixels.length;
      console.log(`page ${i + 1}: ${(share * 100).toFixed(3)}% of pixels differ`);
      expect(share, `page ${i + 1}`).toBeLessThan(PAGE_TOLERANCE);
    });
  });
});
