import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import type { LayoutIssue } from '../../src/shared/contract/wire/layout-page';
import type { Story } from '../../src/shared/model/story';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { createSignedOffStories, DATE } from './board-fixture';
import { launchChromium } from './chromium';

/**
 * Issue 14.1: copyfit while editing. A chief opens a placed story that runs over its module
 * and reads 超 N 行（约 M 字） with the board's N; cutting paragraphs changes it to the board's
 * new figure. On a story on no page, 本稿需 600 字 is set and 差/超 N 字 follows each key.
 */
const CHIEF = '张总编';
/** The long story's module: 3 columns × 15 lines of page 1, far too small for it. */
const SMALL = { col: 0, line: 0, cols: 3, lines: 15 };

describe('copyfit in the story editor', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let chiefId = 0;
  let reporterId = 0;
  let long: Story;
  const pageErrors: string[] = [];

  async function server<T>(name: string, args: unknown, actorId = chiefId): Promise<T> {
    const reply = await host.desk.call(name as never, args as never, { actorId });
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.result as T;
  }
  /** The board's module of the long story as layout.compose reports it now. */
  async function boardModule() {
    const laid = await server<LayoutIssue>('layout.compose', { date: DATE, page: 1 });
    const module = laid.pages[0]?.modules.find((m) => m.storyId === long.id && m.part === 1);
    if (!module) throw new Error('the long story is not on page 1');
    return module;
  }
  const copyfit = () => page.getByTestId('copyfit');
  const settled = () => page.locator('[data-testid="copyfit"]:not([data-pending])');
  const body = () => page.locator('[data-slate-editor="true"]');

  beforeAll(async () => {
    rendererDir();
    const dbPath = join(tempDir(), 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [
      { name: '王小明', role: 'reporter' },
      { name: '李编辑', role: 'editor' },
      { name: CHIEF, role: 'chief' },
    ]);
    const id = (name: string) => profiles.find((p) => p.name === name)?.id ?? 0;
    chiefId = id(CHIEF);
    reporterId = id('王小明');
    host = await startAppHost(dbPath);
    const stories = await createSignedOffStories(host, {
      reporter: reporterId,
      editor: id('李编辑'),
      chief: chiefId,
    });
    long = stories[0] as Story;
    await server('issue.create', { date: DATE, number: 8607 });
    for (const story of stories) {
      await server('placement.assign', { storyId: story.id, date: DATE, page: 1 });
    }
    await server('layout.auto', { date: DATE });
    await server('layout.setModule', { date: DATE, storyId: long.id, module: SMALL });
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      locale: 'zh-CN',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await page.getByRole('button', { name: `以 ${CHIEF} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it("shows the board's overset for a placed story: 超 N 行（约 M 字） with the badge's N", async () => {
    await page.goto(`${host.url}#/board/${DATE}/1`);
    const badge = page.locator(`.large-page article[data-story="${long.id}"] [data-badge="over"]`);
    await expect.poll(() => badge.textContent(), { timeout: 10_000 }).toMatch(/^\+\d+ 行$/);
    const lines = Number((await badge.textContent())?.match(/\d+/)?.[0]);
    const module = await boardModule();
    expect(module.linesOver).toBe(lines);

    await page.goto(`${host.url}#/story/${long.id}`);
    await expect
      .poll(() => settled().textContent(), { timeout: 10_000 })
      .toBe(`超 ${lines} 行（约 ${module.charsOver} 字）`);
    expect(await copyfit().getAttribute('title')).toBe(`第1版（${DATE}）`);
  });

  it('cuts paragraphs and reads the new figure, the one the board then shows', async () => {
    const before = await copyfit().textContent();
    const paragraphs = body().locator('[data-slate-node="element"]');
    // Select from the start of paragraph 2 to the end of paragraph 41 and delete it.
    await paragraphs.nth(1).click({ position: { x: 2, y: 4 } });
    await page.keyboard.press('Home');
    await paragraphs.nth(40).scrollIntoViewIfNeeded();
    await paragraphs.nth(40).click({ position: { x: 2, y: 4 }, modifiers: ['Shift'] });
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await expect.poll(() => settled().textContent(), { timeout: 10_000 }).not.toBe(before);
    // Saved by autosave, the board composes the same text: its figures are the editor's.
    await expect
      .poll(async () => (await server<Story>('story.get', { id: long.id })).version, {
        timeout: 10_000,
      })
      .toBeGreaterThan(long.version);
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/^已保存/);
    const module = await boardModule();
    const expected =
      module.linesOver > 0
        ? `超 ${module.linesOver} 行（约 ${module.charsOver} 字）`
        : module.linesUnder > 0
          ? `余 ${module.linesUnder} 行`
          : '正好排满';
    await expect.poll(() => settled().textContent(), { timeout: 10_000 }).toBe(expected);
    expect(module.linesOver).toBeLessThan(Number(before?.match(/\d+/)?.[0]));
  });

  it('sets 本稿需 600 字 on a story on no page; 差/超 N 字 follows every key', async () => {
    const draft = await server<Story>(
      'story.create',
      {
        fields: { headline: '城东新区规划公示' },
        document: {
          version: 1,
          body: [{ type: 'paragraph', children: [{ text: '城东新区总体规划今起公示。' }] }],
        },
        deskDate: DATE,
      },
      reporterId,
    );
    await server('story.transition', { id: draft.id, to: 'filed' }, reporterId);
    await page.goto(`${host.url}#/story/${draft.id}`);
    const count = page.getByTestId('char-count');
    // 8 (headline) + 13 (body, 。 counts one) = 21 字.
    await expect.poll(() => count.textContent()).toBe('21 字');
    const target = page.getByTestId('target-input');
    await target.fill('600');
    await target.press('Enter');
    const fit = page.getByTestId('target-fit');
    await expect.poll(() => fit.textContent()).toBe('差 579 字');
    await expect
      .poll(async () => (await server<Story>('story.get', { id: draft.id })).targetChars)
      .toBe(600);
    expect(await copyfit().count()).toBe(0);

    await body().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('新');
    expect(await fit.textContent()).toBe('差 578 字');
    await page.keyboard.insertText('区');
    expect(await fit.textContent()).toBe('差 577 字');
    // Lowered below the count: 超.
    await target.fill('15');
    await target.press('Enter');
    await expect.poll(() => fit.textContent()).toBe('超 8 字');
    await expect
      .poll(async () => (await server<Story>('story.get', { id: draft.id })).targetChars)
      .toBe(15);
    expect(pageErrors).toEqual([]);
  });
});
