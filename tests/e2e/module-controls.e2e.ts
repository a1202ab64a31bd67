import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import { buildIssue, type Call } from '../../src/main/layout/test-support/issue-fixture';
import type { LayoutIssue, LayoutModule } from '../../src/shared/contract/wire/layout-page';
import { rendererDir, seedDatabase, signIn, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

/**
 * Issue 12, point 6: on a 1280 × 800 window an editor sees page 1 whole, selects the lead,
 * sets its headline to 40 pt, its photo two columns wide, drags the photo in its crop
 * frame and boxes the module; undo and redo take the box back and forth; the exported
 * HTML then shows the size, the photo's width and crop, and the box's rules.
 */
const EDITOR = '李编辑';
const DATE = '2026-11-28';

describe('board: module controls', () => {
  let dir: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let editorId = 0;
  let lead = 0;
  const pageErrors: string[] = [];

  async function server<T>(name: string, args: unknown, actorId = editorId): Promise<T> {
    const reply = await host.desk.call(name as never, args as never, { actorId });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.result as T;
  }
  const leadModule = async (): Promise<LayoutModule> => {
    const laid = await server<LayoutIssue>('layout.compose', { date: DATE, page: 1 });
    const m = laid.pages[0]?.modules.find((x) => x.storyId === lead && x.part === 1);
    if (!m) throw new Error('the lead has no module on page 1');
    return m;
  };
  const controls = async () => (await leadModule()).controls ?? {};

  beforeAll(async () => {
    rendererDir();
    dir = tempDir();
    const profiles = await seedDatabase(join(dir, 'newsdesk.db'), [
      { name: EDITOR, role: 'editor' },
      { name: '张总编', role: 'chief' },
    ]);
    const id = (name: string) => profiles.find((p) => p.name === name)?.id ?? 0;
    editorId = id(EDITOR);
    host = await startAppHost(join(dir, 'newsdesk.db'));
    const asChief: Call = (name, args) => server(name, args, id('张总编'));
    lead = (await buildIssue(asChief, DATE)).storyIds[0] as number;
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await signIn(page, EDITOR);
    await page.goto(`${host.url}#/board/${DATE}/1`);
    await page.locator(`.large-page article[data-story="${lead}"]`).waitFor();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('shows the whole page in the window at first, headlines large enough to read', async () => {
    await expect.poll(() => page.getByLabel('缩放').inputValue()).toBe('page');
    // The frame fits the page once it has measured the window: read it then.
    const height = async () => (await page.locator('.large-page-sizer').boundingBox())?.height ?? 0;
    await expect.poll(height).toBeGreaterThan(700);
    const sizer = await page.locator('.large-page-sizer').boundingBox();
    expect(sizer?.height).toBeLessThanOrEqual(800);
    expect(sizer?.height).toBeGreaterThan(700);
    // 对开 1547.7 pt tall: a 24 pt headline at this scale is over 12 CSS px.
    expect((24 * (sizer?.height ?? 0)) / 1547.7).toBeGreaterThan(12);
    await page.getByLabel('缩放').selectOption('width');
    // Wider once the frame has measured its new width (a resize observer, a frame later).
    const width = async () => (await page.locator('.large-page-sizer').boundingBox())?.width ?? 0;
    await expect.poll(width).toBeGreaterThan(sizer?.width ?? 0);
    await page.getByLabel('缩放').selectOption('page');
  });

  it('sets headline size, photo width, crop and box; undo and redo the box', async () => {
    await page.locator(`.large-page article[data-story="${lead}"] .module-grip`).focus();
    await page.getByLabel('标题字号').selectOption('40');
    await expect.poll(controls).toEqual({ headlineSize: 40 });
    expect((await leadModule()).pinned).toBe(true);
    await page.getByLabel('图片宽度').selectOption('2');
    await expect.poll(controls).toEqual({ headlineSize: 40, photoColumns: 2 });

    // The crop frame shows the photo as now set: two columns wide, 220 px on screen.
    const frame = page.locator('[data-crop-frame]');
    const shape = (await leadModule()).photos[0]?.box;
    if (!shape) throw new Error('the lead has no photo');
    await expect
      .poll(async () => (await frame.boundingBox())?.height ?? 0)
      .toBeCloseTo((220 * shape.h) / shape.w, 0);
    // The grip's focus scrolls the page to the module; the inspector above it is scrolled to.
    await frame.scrollIntoViewIfNeeded();
    const box = await frame.boundingBox();
    if (!box) throw new Error('no crop frame');
    const x = box.x + box.width / 2;
    const y = box.y + box.height / 2;
    await page.mouse.move(x, y);
    await page.mouse.down();
    await page.mouse.move(x - 30, y - 10, { steps: 5 });
    await page.mouse.up();
    await expect.poll(async () => (await controls()).crop !== undefined).toBe(true);
    const crop = (await controls()).crop;
    expect(crop?.x).toBeGreaterThan(0);

    await expect.poll(() => page.getByLabel('边框').isDisabled()).toBe(false);
    await page.getByLabel('边框').selectOption('box');
    await expect.poll(async () => (await controls()).frame).toBe('box');
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => (await controls()).frame).toBeUndefined();
    await page.getByRole('button', { name: '重做' }).click();
    await expect.poll(async () => (await controls()).frame).toBe('box');
    expect(await controls()).toEqual({ headlineSize: 40, photoColumns: 2, crop, frame: 'box' });
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('exports HTML with the headline size, the photo width and crop, and the box', async () => {
    const laid = await server<LayoutIssue>('layout.compose', { date: DATE, page: 1 });
    const grid = laid.pages[0]?.grid;
    const m = await leadModule();
    const crop = m.controls?.crop;
    if (!grid || !crop) throw new Error('no grid or crop');
    const { html } = await server<{ html: string }>('export.html', {
      date: DATE,
      force: 'module controls e2e',
    });
    const part = html.match(
      new RegExp(`<article data-story="${lead}" data-part="1"[^>]*>(.*?)</article>`, 's'),
    )?.[1];
    expect(part).toBeDefined();
    expect(part).toContain('font-size:40pt');
    const photo = part?.match(
      /<div class="photo" style="left:[-\d.]+pt;top:[-\d.]+pt;width:([\d.]+)pt;height:([\d.]+)pt"><img [^>]*style="left:([-\d.]+)pt;top:([-\d.]+)pt;width:([\d.]+)pt;height:([\d.]+)pt"/,
    );
    const [w, h, left, top, imgW, imgH] = (photo ?? []).slice(1).map(Number) as number[];
    expect(w).toBeCloseTo(2 * grid.columnWidth + grid.gutter, 2);
    // The image placed so the crop shows: what the frame shows is centred on the crop's
    // centre and no more than the crop (whole grid lines may trim it a little).
    const shown = {
      x: -(left as number) / (imgW as number),
      y: -(top as number) / (imgH as number),
      width: (w as number) / (imgW as number),
      height: (h as number) / (imgH as number),
    };
    expect(shown.x + shown.width / 2).toBeCloseTo(crop.x + crop.width / 2, 2);
    expect(shown.y + shown.height / 2).toBeCloseTo(crop.y + crop.height / 2, 2);
    expect(shown.width).toBeLessThanOrEqual(crop.width + 1e-3);
    expect(shown.height).toBeLessThanOrEqual(crop.height + 1e-3);
    expect(Math.max(shown.width / crop.width, shown.height / crop.height)).toBeCloseTo(1, 3);
    expect(shown.width).toBeLessThan(1);
    // The box: a rule along the module's top and one down each side, in the gutters.
    const rules = [
      ...html.matchAll(
        /<div class="rule" data-furniture="rule" style="left:([-\d.]+)pt;top:([-\d.]+)pt;width:([\d.]+)pt;height:([\d.]+)pt"><\/div>/g,
      ),
    ].map((r) => r.slice(1).map(Number));
    const leftX = m.box.x - grid.gutter / 2;
    const rightX = m.box.x + m.box.w + grid.gutter / 2;
    const top0 = m.box.y - (m.module.line === 0 ? grid.leading / 4 : grid.leading / 2);
    const near = (a: number | undefined, b: number) => Math.abs((a ?? Number.NaN) - b) < 0.01;
    expect(
      rules.some((r) => near(r[0], leftX) && near(r[1], top0 - 0.25) && near(r[2], rightX - leftX)),
    ).toBe(true);
    expect(rules.some((r) => near(r[0], leftX - 0.25) && near(r[1], top0))).toBe(true);
    expect(rules.some((r) => near(r[0], rightX - 0.25) && near(r[1], top0))).toBe(true);
  }, 60_000);

  it('says a module took a pull quote; 摘句 不加 takes it out, undo puts it back', async () => {
    // The lead's module made far deeper than its text: layout fills it with a pull quote.
    await server('layout.setModule', {
      date: DATE,
      storyId: lead,
      module: { col: 0, line: 0, cols: 8, lines: 40 },
    });
    const quoted = async () => (await leadModule()).lines.some((l) => l.kind === 'pullquote');
    expect(await quoted()).toBe(true);
    await page.reload();
    await page.locator(`.large-page article[data-story="${lead}"] .module-grip`).focus();
    const choice = page.getByLabel('摘句');
    await expect.poll(() => choice.locator('option:checked').textContent()).toBe('自动（已加）');
    await choice.selectOption('off');
    await expect.poll(async () => (await controls()).pullQuote).toBe('off');
    expect(await quoted()).toBe(false);
    await page.getByRole('button', { name: '撤销' }).click();
    await expect.poll(async () => (await controls()).pullQuote).toBeUndefined();
    expect(await quoted()).toBe(true);
    await expect.poll(() => choice.locator('option:checked').textContent()).toBe('自动（已加）');
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
