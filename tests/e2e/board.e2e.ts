import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfFonts, pdfInfo, pdfText } from '../../src/main/export/inspect-pdf';
import type { RunningHost } from '../../src/main/host/http-host';
import type { LayoutIssue } from '../../src/shared/contract/wire/layout-page';
import type { Issue } from '../../src/shared/model/issue';
import type { Story } from '../../src/shared/model/story';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { createSignedOffStories, DATE, LONG, SHORT } from './board-fixture';
import { launchChromium } from './chromium';

/**
 * Issue 5.10: an editor creates the day's issue, places six signed-off stories on page 1
 * (one by drag and drop), runs auto-layout, makes one story jump to page 3 and exports the
 * PDF, which poppler then checks: four pages at the paper size, fonts embedded, all text.
 */
const EDITOR = '李编辑';
const PT_PER_MM = 72 / 25.4;
const squash = (s: string) => s.replace(/\s+/g, '');

describe('board: issue, placing, auto-layout, jump, export', () => {
  let dir: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let stories: Story[] = [];
  let editorId = 0;
  let chiefId = 0;
  let pdfPath = '';
  const pageErrors: string[] = [];

  async function server<T>(name: string, args: unknown, actorId = editorId): Promise<T> {
    const reply = await host.desk.call(name as never, args as never, { actorId });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.result as T;
  }
  const large = () => page.locator('.large-page');
  const tray = () => page.locator('.story-tray');
  const long = () => stories[0] as Story;
  /** Pairs of tray cards drawn over each other, as [top, bottom of the card above]. */
  const trayOverlaps = () =>
    tray().evaluate((section) => {
      const boxes = Array.from(section.querySelectorAll('.tray-slot'))
        .map((slot) => slot.getBoundingClientRect())
        .sort((a, b) => a.top - b.top);
      return boxes.slice(1).flatMap((box, i) => {
        const above = boxes[i] as DOMRect;
        return box.top < above.bottom - 1 ? [[box.top, above.bottom]] : [];
      });
    });

  beforeAll(async () => {
    rendererDir();
    dir = tempDir();
    const profiles = await seedDatabase(join(dir, 'newsdesk.db'), [
      { name: '王小明', role: 'reporter' },
      { name: EDITOR, role: 'editor' },
      { name: '张总编', role: 'chief' },
    ]);
    const id = (name: string) => profiles.find((p) => p.name === name)?.id ?? 0;
    editorId = id(EDITOR);
    chiefId = id('张总编');
    host = await startAppHost(join(dir, 'newsdesk.db'));
    stories = await createSignedOffStories(host, {
      reporter: id('王小明'),
      editor: editorId,
      chief: chiefId,
    });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      locale: 'zh-CN',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('creates the day’s issue with the next number and names a page editor', async () => {
    await page.getByRole('button', { name: '本期', exact: true }).click();
    await page.getByLabel('出版日期').fill(DATE);
    await page.getByRole('button', { name: '创建本期' }).waitFor();
    await expect.poll(() => page.getByLabel('总期号').inputValue()).toBe('1');
    await page.getByLabel('总期号').fill('8607');
    await page.getByRole('button', { name: '创建本期' }).click();
    const editorField = page.getByLabel('第1版责任编辑');
    await editorField.fill(EDITOR);
    await page.getByLabel('第3版版名').click(); // blur saves
    await expect
      .poll(async () => (await server<Issue>('issue.get', { date: DATE })).pages[0]?.editor)
      .toBe(EDITOR);
    const issue = await server<Issue>('issue.get', { date: DATE });
    expect(issue.number).toBe(8607);
    expect(issue.pageCount).toBe(4);
  });

  it('places six stories on page 1: from the desk and the board by drag and drop, the rest by button', async () => {
    // A desk row dragged onto the day's page strip on the desk.
    await page.getByRole('button', { name: '稿库', exact: true }).click();
    const row = page.getByRole('row').filter({ hasText: (stories[1] as Story).headline });
    await row.dragTo(page.locator('[data-drop-page="1"]'));
    await page.getByRole('status').filter({ hasText: '已上第1版' }).waitFor();
    // The board: a story of the side list dragged onto the page 1 thumbnail.
    await page.getByRole('button', { name: '版面', exact: true }).click();
    await page.getByRole('heading', { name: '版面' }).waitFor();
    await page.locator('.page-thumb[data-page="1"]').waitFor();
    const first = tray().locator(`[data-story-id="${long().id}"]`);
    await first.dragTo(page.locator('.page-thumb[data-page="1"]'));
    await first.waitFor({ state: 'detached' });
    const rest = stories.slice(2);
    for (const [n, story] of rest.entries()) {
      await page.getByRole('button', { name: `将《${story.headline}》上版` }).click();
      await tray().locator(`[data-story-id="${story.id}"]`).waitFor({ state: 'detached' });
      // Once the desk's list says it too, the cards left stand one under the other (a
      // placed card's empty slot once left its height of 0 to the card that moved up).
      const left = rest.length - n - 1;
      await expect.poll(() => tray().locator('h2 .muted').textContent()).toBe(` ${left}`);
      expect(await trayOverlaps()).toEqual([]);
    }
    const issue = await server<Issue>('issue.get', { date: DATE });
    expect(issue.placements.map((p) => p.page)).toEqual([1, 1, 1, 1, 1, 1]);
    await expect.poll(() => large().locator('article[data-story]').count()).toBe(6);
  });

  it('runs auto-layout: every module fixed, underset badges with numbers', async () => {
    await page.getByRole('button', { name: '自动排版', exact: true }).click();
    await expect.poll(async () => (await pageOne()).modules.every((m) => m.fixed)).toBe(true);
    const under = large().locator('[data-badge="under"]');
    await expect.poll(() => under.count()).toBeGreaterThan(0);
    for (const text of await under.allTextContents()) expect(text).toMatch(/^余 \d+ 行$/);
  });

  it('shrinks a module by pointer, snapped to the grid: overset badge; Ctrl+Z / Ctrl+Shift+Z', async () => {
    const before = await moduleOf(long().id);
    const article = large().locator(`article[data-story="${long().id}"]`);
    const handle = article.locator('.resize-handle');
    await handle.scrollIntoViewIfNeeded();
    const box = await article.boundingBox();
    const h = await handle.boundingBox();
    if (!box || !h) throw new Error('no module box');
    await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
    await page.mouse.down();
    await page.mouse.move(h.x + h.width / 2, h.y - box.height / 2, { steps: 6 });
    await large().locator('[data-ghost]').waitFor();
    // Before the drop: the moving rect copyfits the story (layout.preview) and says by how much.
    const ghostOver = large().locator('[data-ghost] [data-badge="over"]');
    await expect.poll(() => ghostOver.textContent()).toMatch(/^\+\d+ 行$/);
    // Previews of earlier pointer steps may still be answering: read it once it holds still.
    const previewed = await settledText(ghostOver);
    await page.mouse.up();
    await expect.poll(async () => (await moduleOf(long().id)).lines).toBeLessThan(before.lines);
    const after = await moduleOf(long().id);
    expect(after.cols).toBe(before.cols);
    const over = article.locator('[data-badge="over"]');
    await expect.poll(() => over.textContent(), { timeout: 10_000 }).toBe(previewed);
    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await moduleOf(long().id)).lines).toBe(before.lines);
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(async () => (await moduleOf(long().id)).lines).toBe(after.lines);
    await expect.poll(() => over.textContent()).toMatch(/^\+\d+ 行$/);
  });

  it('pins a module with P (shown), then refuses a module dropped onto it and keeps both', async () => {
    const moved = stories[2] as Story;
    const pinnedStory = stories[3] as Story;
    const article = large().locator(`article[data-story="${moved.id}"]`);
    const other = large().locator(`article[data-story="${pinnedStory.id}"]`);
    // Select the other module by its keyboard grip, press P: it is pinned and shows it.
    await other.locator('.module-grip').focus();
    await page.keyboard.press('p');
    await expect
      .poll(async () => (await pageOne()).modules.find((m) => m.storyId === pinnedStory.id)?.pinned)
      .toBe(true);
    await other.locator('.module-pin').waitFor();
    const pinnedAt = await moduleOf(pinnedStory.id);
    const before = await moduleOf(moved.id);
    await article.scrollIntoViewIfNeeded();
    const box = await article.boundingBox();
    const onto = await other.boundingBox();
    if (!box || !onto) throw new Error('no module box');
    // Grab the module near its top-left corner and drop it onto the other module's corner.
    await page.mouse.move(box.x + 30, box.y + 30);
    await page.mouse.down();
    await page.mouse.move(onto.x + 30, onto.y + 30, { steps: 6 });
    await large().locator('[data-ghost]').waitFor();
    await page.mouse.up();
    await page.getByRole('alert').filter({ hasText: '操作未完成' }).waitFor();
    expect(await moduleOf(moved.id)).toEqual(before);
    expect(await moduleOf(pinnedStory.id)).toEqual(pinnedAt);
    await page.getByRole('alert').getByRole('button', { name: '关闭' }).click();
  });

  it('re-composes when a story is edited elsewhere (story.changed)', async () => {
    const edited = stories[1] as Story;
    // The copyfit badges of its module (余/超 N 行) change once the board composes again.
    const badges = async () =>
      (
        await large().locator(`article[data-story="${edited.id}"] [data-badge]`).allTextContents()
      ).join();
    const before = await badges();
    const text = SHORT[0]?.text ?? '';
    await server(
      'story.save',
      {
        id: edited.id,
        fields: { headline: edited.headline },
        document: {
          version: 1,
          body: Array.from({ length: 6 }, () => ({ type: 'paragraph', children: [{ text }] })),
        },
      },
      chiefId,
    ); // a signed-off story: only a chief may change it
    await expect.poll(badges).not.toBe(before);
  });

  it('makes the long story jump to page 3 with jump lines on both pages', async () => {
    await large()
      .locator(`article[data-story="${long().id}"]`)
      .click({ position: { x: 20, y: 40 } });
    await page.getByLabel('转版至').selectOption('3');
    await page.getByRole('button', { name: '转版', exact: true }).click();
    await expect.poll(() => large().textContent()).toContain('（下转第三版）');
    await page.locator('.page-thumb[data-page="3"]').click();
    await expect.poll(() => large().textContent()).toContain('（上接第一版）');
    await page.locator('.page-thumb[data-page="1"]').click();
    const issue = await server<Issue>('issue.get', { date: DATE });
    expect(issue.placements.find((p) => p.storyId === long().id)?.jumpTo).toBe(3);
  });

  it('runs preflight and exports the PDF as a download', async () => {
    await page.getByRole('button', { name: '检查并导出…' }).click();
    await page.getByRole('heading', { name: '付印前检查' }).waitFor();
    await page.getByRole('button', { name: '导出 PDF' }).waitFor();
    // Pages 2 and 4 hold no stories: preflight errors, so the export needs a reason.
    await page.getByLabel('强制导出原因').fill('二、四版留空，值班总编同意');
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    await page.getByText('正在导出…').waitFor();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`${DATE}.pdf`);
    pdfPath = join(dir, file.suggestedFilename());
    await file.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('gives a PDF of four pages at the paper size, fonts embedded, all stories in its text', async () => {
    const { paper } = await server<Issue>('issue.get', { date: DATE });
    const info = await pdfInfo(pdfPath);
    expect(info.pages).toBe(4);
    for (const size of info.sizes) {
      expect(Math.abs(size.widthPt / PT_PER_MM - paper.widthMm)).toBeLessThan(0.5);
      expect(Math.abs(size.heightPt / PT_PER_MM - paper.heightMm)).toBeLessThan(0.5);
    }
    const fonts = await pdfFonts(pdfPath);
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) expect(font.embedded, font.name).toBe(true);
    const text = squash(await pdfText(pdfPath));
    const pages = (await pdfText(pdfPath)).split('\f').map(squash);
    // The jumped story: its first part on page 1, its continuation (and end) on page 3.
    expect(pages[0]).toContain(squash(LONG.first));
    expect(pages[0]).toContain('（下转第三版）');
    expect(pages[2]).toContain('（上接第一版）');
    expect(pages[2]).toContain(squash(LONG.last));
    for (const s of SHORT) {
      expect(text).toContain(squash(s.headline));
      expect(text).toContain(squash(s.text));
    }
    expect(pageErrors).toEqual([]);
  });

  async function pageOne() {
    const layout = await server<LayoutIssue>('layout.compose', { date: DATE, page: 1 });
    if (!layout.pages[0]) throw new Error('no page 1');
    return layout.pages[0];
  }

  async function moduleOf(storyId: number) {
    const m = (await pageOne()).modules.find((x) => x.storyId === storyId && x.part === 1);
    if (!m) throw new Error(`story ${storyId} has no module on page 1`);
    return m.module;
  }
});

/** The locator's text once it reads the same three times, 250 ms apart (a settled preview). */
async function settledText(locator: Locator): Promise<string | null> {
  let last = await locator.textContent();
  for (let same = 0; same < 2; ) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const now = await locator.textContent();
    same = now === last ? same + 1 : 0;
    last = now;
  }
  return last;
}
