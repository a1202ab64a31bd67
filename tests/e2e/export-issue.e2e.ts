// The issue export end to end: an issue built through the handlers, exported as PDF by the
// desk's own writer (no browser), checked with poppler: page count and size, every font
// embedded, and each story part's text extractable in reading order.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readImageHeader } from '../../src/main/desk/asset/image-header';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { pdfFonts, pdfInfo, pdfText } from '../../src/main/export/inspect-pdf';
import { withOrientation } from '../../src/main/import/test-support/images';
import {
  buildIssue,
  type Call,
  DEFAULT_STORIES,
} from '../../src/main/layout/test-support/issue-fixture';
import { storyParts } from '../../src/main/layout/test-support/read-parts';
import { photographs } from '../support/photographs';
import { launchChromium } from './chromium';

const PT_PER_MM = 72 / 25.4;
const DATE = '2026-11-28';

/** Whitespace (spaces, line breaks, form feeds) removed: pdftotext -raw breaks lines where
 * the engine did and may add spaces between spans; the characters and their order remain. */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe('issue export to PDF', () => {
  let dir: string;
  let desk: Desk;
  let call: Call;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'newsdesk-export-e2e-'));
    desk = openDesk({ dbPath: join(dir, 'desk.sqlite') });
    call = async (name, args) => {
      const reply = await desk.call(name, args, { actorId: 1 });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      return reply.result as never;
    };
    await buildIssue(call, DATE);
  });
  afterAll(() => {
    desk.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has the issue pages at the paper size, fonts embedded, text in reading order', async () => {
    const exported = await call('export.pdf', { date: DATE });
    const pdf = Buffer.from(exported.pdfBase64, 'base64');
    const info = await pdfInfo(pdf);
    expect(info.pages).toBe(4);
    expect(exported.pages).toBe(4);
    for (const size of info.sizes) {
      expect(Math.abs(size.widthPt / PT_PER_MM - 390)).toBeLessThan(0.5);
      expect(Math.abs(size.heightPt / PT_PER_MM - 546)).toBeLessThan(0.5);
    }
    const fonts = await pdfFonts(pdf);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);

    const text = squeeze(await pdfText(pdf));
    const { html } = await call('export.html', { date: DATE });
    for (const [story, parts] of storyParts(html)) {
      for (const part of parts) {
        expect(text, `story ${story} part ${part.part}`).toContain(squeeze(part.text));
      }
    }
  }, 120_000);

  it('grows the page by the bleed on each side, and by the room the marks take beyond it', async () => {
    const bled = await call('export.pdf', { date: DATE, bleedMm: 3 });
    const info = await pdfInfo(Buffer.from(bled.pdfBase64, 'base64'));
    expect(info.pages).toBe(4);
    expect(Math.abs((info.sizes[0]?.widthPt ?? 0) / PT_PER_MM - 396)).toBeLessThan(0.5);
    expect(Math.abs((info.sizes[0]?.heightPt ?? 0) / PT_PER_MM - 552)).toBeLessThan(0.5);
    const marked = await call('export.pdf', { date: DATE, bleedMm: 3, cropMarks: true });
    const withMarks = await pdfInfo(Buffer.from(marked.pdfBase64, 'base64'));
    expect(Math.abs((withMarks.sizes[0]?.widthPt ?? 0) / PT_PER_MM - 408)).toBeLessThan(0.5);
  }, 120_000);
});

describe('photos in the PDF', () => {
  it('reads a phone photo turned by its Exif orientation at the size Chromium shows it', async () => {
    const browser = await launchChromium();
    try {
      const [landscape] = await photographs(browser, 1, 1200, 800);
      if (!landscape) throw new Error('no photograph');
      const upright = withOrientation(landscape, 6); // stored on its side, shown upright
      const page = await browser.newPage();
      await page.setContent(
        `<img id="photo" src="data:image/jpeg;base64,${upright.toString('base64')}">`,
      );
      const shown = await page.evaluate(() => {
        const img = document.getElementById('photo') as HTMLImageElement;
        return { width: img.naturalWidth, height: img.naturalHeight };
      });
      expect(shown).toEqual({ width: 800, height: 1200 });
      expect(readImageHeader(upright)).toEqual({ mime: 'image/jpeg', ...shown });
    } finally {
      await browser.close();
    }
  });

  it('embeds a camera JPEG byte for byte on an RGB paper, converted once to CMYK on a CMYK one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-export-jpeg-'));
    const desk = openDesk({ dbPath: join(dir, 'desk.sqlite') });
    const browser = await launchChromium();
    try {
      const [jpeg] = await photographs(browser, 1, 1200, 800);
      if (!jpeg) throw new Error('no photograph');
      const call: Call = async (name, args) => {
        const reply = await desk.call(name, args, { actorId: 1 });
        if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
        return reply.result as never;
      };
      // A photo in a one-column box: 3:2 into a narrower box, so its sides are cropped.
      await buildIssue(call, DATE, DEFAULT_STORIES, [
        { width: 1200, height: 800, file: { mime: 'image/jpeg', bytes: jpeg } },
      ]);
      const { pdfBase64 } = await call('export.pdf', { date: DATE, colour: 'rgb' });
      const pdf = Buffer.from(pdfBase64, 'base64');
      expect(pdf.indexOf(jpeg)).toBeGreaterThan(0);
      const cmyk = Buffer.from((await call('export.pdf', { date: DATE })).pdfBase64, 'base64');
      expect(cmyk.indexOf(jpeg)).toBe(-1);
      expect(cmyk.toString('latin1')).toMatch(/\/ColorSpace \/DeviceCMYK/);
    } finally {
      await browser.close();
      desk.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
