import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import type { Story } from '../../src/shared/model/story';
import type { BodyBlock } from '../../src/shared/story/elements';
import { startHostWith } from './app-host';
import { launchChromium } from './chromium';

/**
 * A long story opens with only its first chunks of blocks in the DOM (the rest mount near
 * the view and when the browser is idle). Here the browser is never idle, so the chunks
 * still wait when the keys come: select-all, the end of the story, and scrolling must each
 * reach the whole story, and what is typed there must be saved where it was typed.
 */
const REPORTER = '林长稿';
const PARAGRAPHS = 600;
const paragraph = (n: number): BodyBlock => ({
  type: 'paragraph',
  children: [{ text: `第${n}段，长篇通讯的正文。` }],
});

describe('editor: a long story opens with its first chunks and reaches the rest', () => {
  let host: RunningHost;
  let browser: Browser;
  let reporterId = 0;
  const pageErrors: string[] = [];

  async function createStory(headline: string): Promise<number> {
    const body = Array.from({ length: PARAGRAPHS }, (_, i) => paragraph(i + 1));
    const created = await host.desk.call(
      'story.create',
      { fields: { headline }, document: { version: 1, body } },
      { actorId: reporterId },
    );
    if (!created.ok) throw new Error(created.error.message);
    return (created.result as Story).id;
  }

  async function stored(id: number): Promise<Story> {
    const reply = await host.desk.call('story.get', { id }, { actorId: reporterId });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as Story;
  }

  /** Signs in and opens the story; `busy`: the browser never calls an idle callback. */
  async function open(headline: string, busy: boolean): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    if (busy)
      await context.addInitScript(() => Object.assign(window, { requestIdleCallback: () => 0 }));
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await page.getByRole('button', { name: `以 ${REPORTER} 身份进入` }).click();
    await page.getByRole('button', { name: headline, exact: true }).click();
    await paragraphs(page).first().waitFor();
    await expect.poll(() => page.getByTestId('save-state').textContent()).toMatch(/已保存/);
    return page;
  }

  const paragraphs = (page: Page) => page.locator('[data-slate-editor="true"] p');
  const saveState = (page: Page) => page.getByTestId('save-state');
  const savedAgain = (page: Page) =>
    expect
      .poll(() => saveState(page).textContent(), { timeout: 10_000 })
      .toMatch(/^已保存 \d\d:\d\d:\d\d（第2稿）$/);

  beforeAll(async () => {
    ({ host, profileId: reporterId } = await startHostWith({ name: REPORTER, role: 'reporter' }));
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('types at the end of the story with Ctrl+End while the later chunks wait', async () => {
    const id = await createStory('长稿：到结尾');
    const page = await open('长稿：到结尾', true);
    const atOpen = await paragraphs(page).count();
    expect(atOpen).toBeGreaterThanOrEqual(64);
    expect(atOpen).toBeLessThan(PARAGRAPHS);
    await paragraphs(page).first().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.insertText('全文完');
    expect(await paragraphs(page).count()).toBe(PARAGRAPHS);
    await expect
      .poll(() => paragraphs(page).last().textContent())
      .toBe(`第${PARAGRAPHS}段，长篇通讯的正文。全文完`);
    await savedAgain(page);
    const body = (await stored(id)).document.body;
    expect(body).toHaveLength(PARAGRAPHS);
    expect(body.at(-1)).toEqual({
      type: 'paragraph',
      children: [{ text: `第${PARAGRAPHS}段，长篇通讯的正文。全文完` }],
    });
    expect(body.slice(0, -1)).toEqual(
      Array.from({ length: PARAGRAPHS - 1 }, (_, i) => paragraph(i + 1)),
    );
    await page.context().close();
  });

  it('selects the whole story with Ctrl+A, not just the chunks in the DOM', async () => {
    const id = await createStory('长稿：全选');
    const page = await open('长稿：全选', true);
    expect(await paragraphs(page).count()).toBeLessThan(PARAGRAPHS);
    await paragraphs(page).nth(3).click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('改写为一段');
    await expect.poll(() => paragraphs(page).count()).toBe(1);
    await savedAgain(page);
    expect((await stored(id)).document.body).toEqual([
      { type: 'paragraph', children: [{ text: '改写为一段' }] },
    ]);
    await page.context().close();
  });

  it('mounts a waiting chunk when it is scrolled near the view', async () => {
    await createStory('长稿：滚动');
    const page = await open('长稿：滚动', true);
    const before = await paragraphs(page).count();
    await page.locator('.ed-chunk-waiting').first().scrollIntoViewIfNeeded();
    await expect.poll(() => paragraphs(page).count()).toBeGreaterThan(before);
    await page.context().close();
  });

  it('has every paragraph in the DOM soon after opening when the browser is idle', async () => {
    await createStory('长稿：空闲');
    const page = await open('长稿：空闲', false);
    await expect.poll(() => paragraphs(page).count(), { timeout: 10_000 }).toBe(PARAGRAPHS);
    expect(await page.locator('.ed-chunk-waiting').count()).toBe(0);
    expect(await paragraphs(page).last().textContent()).toBe(`第${PARAGRAPHS}段，长篇通讯的正文。`);
    await page.context().close();
    expect(pageErrors).toEqual([]);
  });
});
