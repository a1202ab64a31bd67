import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../src/main/export/inspect-pdf';
import type { RunningHost } from '../../src/main/host/http-host';
import type { LayoutIssue, LayoutPage } from '../../src/shared/contract/wire/layout-page';
import type { Story } from '../../src/shared/model/story';
import { rendererDir, seedDatabase, signIn, startAppHost, tempDir } from './app-host';
import { createSignedOffStories, DATE, LONG, SHORT } from './board-fixture';
import { launchChromium } from './chromium';

/**
 * Issue #12, point 8: an editor pins a module (P), runs auto-layout and the pinned module
 * stays exactly where it was; applies a built-in front-page template to page 2 (its lead
 * across the top, pinned); places a long story on page 1, which then cannot hold its
 * stories: the board proposes the jump and makes it on confirm; exports the issue (forced),
 * and every story's text is in the PDF (pdftotext).
 */
const EDITOR = '李编辑';
/** A long story placed late on page 1, so the page cannot hold its stories. */
const EXTRA = {
  headline: '全市重点项目建设加快推进',
  first: '今年以来，全市一百二十个重点项目建设全面提速，完成投资超过年度计划。',
  last: '有关部门表示，将继续做好要素保障，确保项目早日建成投用、发挥效益。',
  filler:
    '项目现场机器轰鸣，施工人员正在抓紧推进主体结构和配套工程建设，确保按期完成年度目标任务。',
};
/** Paragraphs of EXTRA: more than page 1 has room for, less than a page more. */
const PARAGRAPHS = 100;
const squash = (s: string) => s.replace(/\s+/g, '');

describe('page making: pin, auto-layout, template, export', () => {
  let dir: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let stories: Story[] = [];
  let editorId = 0;
  let pdfPath = '';
  let extraId = 0;
  const pageErrors: string[] = [];

  async function server<T>(name: string, args: unknown): Promise<T> {
    const reply = await host.desk.call(name as never, args as never, { actorId: editorId });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.result as T;
  }
  async function composed(n: number): Promise<LayoutPage> {
    const layout = await server<LayoutIssue>('layout.compose', { date: DATE, page: n });
    if (!layout.pages[0]) throw new Error(`no page ${n}`);
    return layout.pages[0];
  }
  const moduleOf = async (n: number, id: number) =>
    (await composed(n)).modules.find((m) => m.storyId === id && m.part === 1);
  const large = () => page.locator('.large-page');
  const story = (i: number) => stories[i] as Story;

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
    host = await startAppHost(join(dir, 'newsdesk.db'));
    stories = await createSignedOffStories(host, {
      reporter: id('王小明'),
      editor: editorId,
      chief: id('张总编'),
    });
    await server('issue.create', { date: DATE });
    // Page 1: the long story as lead and two short ones; page 2: a lead and two more.
    const places: [number, number, 'lead' | 'normal'][] = [
      [0, 1, 'lead'],
      [1, 1, 'normal'],
      [2, 1, 'normal'],
      [3, 2, 'lead'],
      [4, 2, 'normal'],
      [5, 2, 'normal'],
    ];
    for (const [i, n, priority] of places)
      await server('placement.assign', { storyId: story(i).id, date: DATE, page: n, priority });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      locale: 'zh-CN',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await signIn(page, EDITOR);
    await page.goto(`${host.url}#/board/${DATE}/1`);
    await page.getByRole('heading', { name: '版面' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('pins a module with P, and auto-layout keeps it exactly', async () => {
    await expect.poll(() => large().locator('article[data-story]').count()).toBe(3);
    await page.getByRole('button', { name: '自动排版', exact: true }).click();
    await expect.poll(async () => (await composed(1)).modules.every((m) => m.fixed)).toBe(true);
    const pinned = story(1);
    await large().locator(`article[data-story="${pinned.id}"] .module-grip`).focus();
    await page.keyboard.press('p');
    await expect.poll(async () => (await moduleOf(1, pinned.id))?.pinned).toBe(true);
    const before = (await moduleOf(1, pinned.id))?.module;
    const others = (await composed(1)).modules.filter((m) => m.storyId !== pinned.id);
    const auto = page.waitForResponse((r) => r.url().endsWith('/api/layout.auto'));
    await page.getByRole('button', { name: '本版自动排版', exact: true }).click();
    expect((await auto).status()).toBe(200);
    // The page was laid out again (every module saved), the pinned one not moved.
    expect((await composed(1)).modules.filter((m) => m.fixed)).toHaveLength(3);
    expect((await moduleOf(1, pinned.id))?.module).toEqual(before);
    expect((await moduleOf(1, pinned.id))?.pinned).toBe(true);
    expect(others.length).toBe(2);
    await large().locator(`article[data-story="${pinned.id}"] .module-pin`).waitFor();
  });

  it('applies a built-in front-page template to page 2: the lead across the top, pinned', async () => {
    await page.locator('.page-thumb[data-page="2"]').click();
    await expect
      .poll(() =>
        large()
          .locator(`article[data-story="${story(3).id}"]`)
          .count(),
      )
      .toBe(1);
    await page.getByText('版式模板', { exact: true }).click();
    await page.getByLabel('模板', { exact: true }).selectOption('对开·头条通栏');
    const applied = page.waitForResponse((r) => r.url().endsWith('/api/template.apply'));
    await page.getByRole('button', { name: '套用到本版' }).click();
    expect((await applied).status()).toBe(200);
    expect((await moduleOf(2, story(3).id))?.pinned).toBe(true);
    const lead = await moduleOf(2, story(3).id);
    expect(lead?.module).toMatchObject({ col: 0, line: 0, cols: 8 });
    const page2 = await composed(2);
    expect(page2.modules.map((m) => m.storyId).sort()).toEqual(
      [story(3).id, story(4).id, story(5).id].sort(),
    );
    expect(page2.report.notPlaced).toEqual([]);
    // Page 1 is untouched by it: the module pinned there still is.
    expect((await moduleOf(1, story(1).id))?.pinned).toBe(true);
  });

  it('proposes the jump where page 1 cannot hold a long new story, and makes it on confirm', async () => {
    // Longer than page 1's free space holds (pinned module aside) however it is arranged.
    const body = Array.from({ length: PARAGRAPHS }, (_, i) =>
      i === 0 ? EXTRA.first : i === PARAGRAPHS - 1 ? EXTRA.last : `第${i}段：${EXTRA.filler}`,
    );
    const extra = await server<Story>('story.create', {
      fields: { headline: EXTRA.headline },
      document: {
        version: 1,
        body: body.map((text) => ({ type: 'paragraph', children: [{ text }] })),
      },
      deskDate: DATE,
    });
    extraId = extra.id;
    await server('placement.assign', { storyId: extra.id, date: DATE, page: 1 });
    await page.locator('.page-thumb[data-page="1"]').click();
    await page.getByRole('button', { name: '本版自动排版', exact: true }).click();
    const proposal = page.locator('.jump-proposals p').first();
    await expect.poll(() => proposal.textContent()).toMatch(/^《.+》超出\d+行：建议转至第\d版/);
    const made = page.waitForResponse((r) => r.url().endsWith('/api/layout.auto'));
    await proposal.getByRole('button', { name: '照此转版' }).click();
    expect((await made).status()).toBe(200);
    const issue = await server<{ placements: { storyId: number; jumpTo: number | null }[] }>(
      'issue.get',
      { date: DATE },
    );
    expect(issue.placements.filter((p) => p.jumpTo !== null)).toHaveLength(1);
    await expect.poll(() => page.locator('.jump-proposals').count()).toBe(0);
  });

  it('exports with a reason and every story’s text is in the PDF', async () => {
    await page.getByRole('button', { name: '检查并导出…' }).click();
    await page.getByRole('heading', { name: '付印前检查' }).waitFor();
    await page.getByLabel('强制导出原因').fill('三、四版留空，值班总编同意');
    const download = page.waitForEvent('download', { timeout: 90_000 });
    await page.getByRole('button', { name: '导出 PDF' }).click();
    const file = await download;
    pdfPath = join(dir, file.suggestedFilename());
    await file.saveAs(pdfPath);
    expect(readFileSync(pdfPath).subarray(0, 5).toString()).toBe('%PDF-');
    const pages = (await pdfText(pdfPath)).split('\f').map(squash);
    expect(pages[0]).toContain(squash(LONG.headline));
    expect(pages[0]).toContain(squash(LONG.first));
    expect(pages.join('')).toContain(squash(LONG.last));
    expect(pages.join('')).toContain(squash(EXTRA.first));
    expect(pages.join('')).toContain(squash(EXTRA.last));
    expect(extraId).toBeGreaterThan(0);
    SHORT.forEach((s, i) => {
      const on = i < 2 ? 0 : 1; // SHORT[0..1] on page 1, the rest on page 2
      expect(pages[on]).toContain(squash(s.headline));
      expect(pages[on]).toContain(squash(s.text));
    });
    const laid = await server<LayoutIssue>('layout.compose', { date: DATE });
    expect(laid.overset).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
