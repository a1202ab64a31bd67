// The board paints from the display list: the large page of a fixture issue, painted by
// Chromium in the app, puts every glyph of every line at the display list's pen x on its
// baseline, in the face the engine measured (its painted advance is the engine's), and
// every photo in its box; the thumbnails draw each glyph run from its first pen to its
// last glyph's end.

import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import { buildIssue, type Call } from '../../src/main/layout/test-support/issue-fixture';
import type { DisplayPageWire } from '../../src/shared/contract/wire/display';
import type { LayoutIssue } from '../../src/shared/contract/wire/layout-page';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

const DATE = '2026-11-28';
const EDITOR = '李编辑';

interface PaintedGlyph {
  line: number;
  text: string;
  /** SVG user units = pt on the page. */
  x: number;
  baseline: number;
  advance: number;
  /** Client px of the glyph's box, relative to the page's top-left corner. */
  left: number;
}

describe('board paint equals the display list', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let editorId = 0;

  beforeAll(async () => {
    rendererDir();
    const dir = tempDir();
    const profiles = await seedDatabase(join(dir, 'newsdesk.db'), [
      { name: EDITOR, role: 'chief' },
    ]);
    editorId = profiles.find((p) => p.name === EDITOR)?.id ?? 0;
    host = await startAppHost(join(dir, 'newsdesk.db'));
    const call: Call = async (name, args) => {
      const reply = await host.desk.call(name, args as never, { actorId: editorId });
      if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
      return reply.result as never;
    };
    await buildIssue(call, DATE);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      locale: 'zh-CN',
    });
    page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  async function display(n: number): Promise<DisplayPageWire> {
    const reply = await host.desk.call('layout.compose', { date: DATE, page: n } as never, {
      actorId: editorId,
    });
    if (!reply.ok) throw new Error(reply.error.message);
    const laid = reply.result as LayoutIssue;
    const shown = laid.pages[0]?.display;
    if (!shown) throw new Error(`no page ${n}`);
    return shown;
  }

  it('puts every glyph of page 1 at the display list’s x and baseline, in its face', async () => {
    const expected = await display(1);
    await page.goto(`${host.url}#/board/${DATE}/1`);
    const large = page.locator('.large-page');
    await large.locator('.paint-run').first().waitFor();
    await page.evaluate(async () => {
      await document.fonts.ready;
      const probes = ["400 9pt 'Noto Serif SC'", "700 9pt 'Noto Serif SC'"];
      await Promise.all(probes.map((p) => document.fonts.load(p, '中')));
      await document.fonts.ready;
    });
    // Every face the runs name is loaded, so the engine's face (not a fallback) paints.
    for (const face of Object.values(expected.faces)) {
      const probe = `${face?.weight} 9pt '${face?.family}'`;
      expect(await page.evaluate((p) => document.fonts.check(p, '中'), probe), probe).toBe(true);
    }
    const painted: { glyphs: PaintedGlyph[]; scale: number } = await large.evaluate((section) => {
      const origin = section.getBoundingClientRect();
      const scale = origin.width / (section as HTMLElement).offsetWidth;
      const glyphs: PaintedGlyph[] = [];
      for (const g of Array.from(section.querySelectorAll<SVGGElement>('g[data-line]'))) {
        const line = Number(g.dataset.line);
        for (const text of Array.from(g.querySelectorAll<SVGTextElement>('text'))) {
          const chars = text.getNumberOfChars();
          const content = text.textContent ?? '';
          let offset = 0;
          for (let i = 0; i < chars; i++) {
            const start = text.getStartPositionOfChar(i);
            const cp = content.codePointAt(offset) ?? 0;
            const len = cp > 0xffff ? 2 : 1;
            const range = document.createRange();
            // The character's own text node and offset within it.
            let rest = offset;
            const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT);
            let at: Node | null = walker.nextNode();
            while (at && rest >= (at.textContent ?? '').length) {
              rest -= (at.textContent ?? '').length;
              at = walker.nextNode();
            }
            let left = Number.NaN;
            if (at) {
              range.setStart(at, rest);
              range.setEnd(at, rest + len);
              left = range.getBoundingClientRect().left - origin.left;
            }
            glyphs.push({
              line,
              text: content.slice(offset, offset + len),
              x: start.x,
              baseline: start.y,
              advance: text.getSubStringLength(i, 1),
              left,
            });
            offset += len;
            if (len === 2) i++; // a surrogate pair counts as two chars in the SVG DOM
          }
        }
      }
      return { glyphs, scale };
    });

    const wanted = expected.items.flatMap((item) =>
      item.kind === 'line'
        ? item.runs.flatMap((run) =>
            run.text.map((text, k) => ({
              line: item.index,
              text,
              x: run.x[k] ?? 0,
              baseline: run.baseline,
              advance: run.advance[k] ?? 0,
            })),
          )
        : [],
    );
    expect(wanted.length).toBeGreaterThan(1000);
    expect(painted.glyphs.map((g) => g.text).join('')).toBe(wanted.map((g) => g.text).join(''));
    expect(painted.glyphs).toHaveLength(wanted.length);
    const pxPerPt = painted.scale * (96 / 72);
    let worstX = 0;
    let worstLeft = 0;
    let worstBaseline = 0;
    let worstAdvance = 0;
    wanted.forEach((w, k) => {
      const p = painted.glyphs[k] as PaintedGlyph;
      expect(p.line).toBe(w.line);
      worstX = Math.max(worstX, Math.abs(p.x - w.x));
      worstBaseline = Math.max(worstBaseline, Math.abs(p.baseline - w.baseline));
      if (w.text.trim() !== '') {
        worstLeft = Math.max(worstLeft, Math.abs(p.left - w.x * pxPerPt));
        worstAdvance = Math.max(worstAdvance, Math.abs(p.advance - w.advance));
      }
    });
    console.log(
      `${wanted.length} glyphs; worst x ${worstX.toFixed(4)} pt, baseline ${worstBaseline.toFixed(4)} pt, ` +
        `advance ${worstAdvance.toFixed(4)} pt, box left ${worstLeft.toFixed(3)} px at ${pxPerPt.toFixed(3)} px/pt`,
    );
    expect(worstX).toBeLessThan(0.01);
    expect(worstBaseline).toBeLessThan(0.01);
    // The face the engine measured paints it: a fallback font's advances would differ.
    expect(worstAdvance).toBeLessThan(0.05);
    expect(worstLeft).toBeLessThan(0.5);
  });

  it('puts each photo in its box, placed as the display list places it', async () => {
    const expected = await display(1);
    const images = expected.items.filter((i) => i.kind === 'image');
    expect(images.length).toBe(1);
    const large = page.locator('.large-page');
    await large.locator('.photo-image').first().waitFor();
    const boxes = await large.evaluate((section) => {
      const origin = section.getBoundingClientRect();
      const scale = (origin.width / (section as HTMLElement).offsetWidth) * (96 / 72);
      return Array.from(section.querySelectorAll<HTMLElement>('.photo-box')).map((box) => {
        const r = box.getBoundingClientRect();
        const img = box.querySelector('img')?.getBoundingClientRect();
        const pt = (v: number) => v / scale;
        return {
          asset: box.dataset.asset,
          clip: [r.left - origin.left, r.top - origin.top, r.width, r.height].map(pt),
          place: img
            ? [img.left - origin.left, img.top - origin.top, img.width, img.height].map(pt)
            : [],
        };
      });
    });
    expect(boxes.map((b) => b.asset)).toEqual(images.map((i) => i.kind === 'image' && i.asset));
    images.forEach((img, k) => {
      if (img.kind !== 'image') return;
      const b = boxes[k];
      const clip = [img.clip.x, img.clip.y, img.clip.width, img.clip.height];
      const place = [img.place.x, img.place.y, img.place.width, img.place.height];
      clip.forEach((v, i) => {
        expect(Math.abs((b?.clip[i] ?? 0) - v)).toBeLessThan(0.1);
      });
      place.forEach((v, i) => {
        expect(Math.abs((b?.place[i] ?? 0) - v)).toBeLessThan(0.1);
      });
    });
  });

  it('draws a thumbnail bar per glyph run, from its first pen to its last glyph’s end', async () => {
    const expected = await display(1);
    const runs = expected.items.flatMap((i) => (i.kind === 'line' ? i.runs : []));
    const bars = await page
      .locator('.page-thumb[data-page="1"] .thumb-line')
      .evaluateAll((rects) =>
        rects.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width'))]),
      );
    expect(bars).toHaveLength(runs.length);
    runs.forEach((run, k) => {
      const n = run.x.length - 1;
      const end = (run.x[n] ?? 0) + (run.advance[n] ?? 0);
      expect(bars[k]?.[0]).toBeCloseTo(run.x[0] ?? 0, 3);
      expect(bars[k]?.[1]).toBeCloseTo(end - (run.x[0] ?? 0), 3);
    });
  });
});
