import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import { withOrientation } from '../../src/main/import/test-support/images';
import type { Story } from '../../src/shared/model/story';
import { photographs } from '../support/photographs';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

/**
 * The story screen against the real host: autosave with its visible state, a draft that
 * survives a reload before the save, the edit lock seen by another profile and broken by a
 * chief, workflow buttons, history diff and restore, and desk search with marked hits.
 */
const REPORTER = '王小明';
const CHIEF = '张总编';
const HEADLINE = '市民广场今日开放';

describe('story screen: autosave, draft, lock, workflow, history, search', () => {
  let host: RunningHost;
  let browser: Browser;
  let reporterPage: Page;
  let chiefPage: Page;
  let storyId = 0;
  let reporterId = 0;
  const pageErrors: string[] = [];

  async function openAs(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(host.url);
    await page.getByRole('button', { name: `以 ${name} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    return page;
  }

  async function stored(): Promise<Story> {
    const reply = await host.desk.call('story.get', { id: storyId }, { actorId: reporterId });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as Story;
  }

  const body = (page: Page) => page.locator('[data-slate-editor="true"]');
  const saveState = (page: Page) => page.getByTestId('save-state');

  beforeAll(async () => {
    rendererDir();
    const dbPath = join(tempDir(), 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [
      { name: REPORTER, role: 'reporter' },
      { name: CHIEF, role: 'chief' },
    ]);
    reporterId = profiles.find((p) => p.name === REPORTER)?.id ?? 0;
    host = await startAppHost(dbPath);
    const created = await host.desk.call(
      'story.create',
      {
        fields: { headline: HEADLINE },
        document: { version: 1, body: [{ type: 'paragraph', children: [{ text: '广场开放。' }] }] },
      },
      { actorId: reporterId },
    );
    if (!created.ok) throw new Error(created.error.message);
    storyId = (created.result as Story).id;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('autosaves a pause in typing and shows 未保存 → 已保存 HH:MM:SS', async () => {
    reporterPage = await openAs(REPORTER);
    await reporterPage.getByRole('button', { name: HEADLINE, exact: true }).click();
    await expect.poll(() => saveState(reporterPage).textContent()).toMatch(/已保存.*第1稿/);
    await body(reporterPage).click();
    await reporterPage.keyboard.press('Control+End');
    await reporterPage.keyboard.insertText('首日游客逾万人次。');
    await expect.poll(() => saveState(reporterPage).textContent()).toBe('未保存');
    await expect
      .poll(() => saveState(reporterPage).textContent(), { timeout: 5000 })
      .toMatch(/^已保存 \d\d:\d\d:\d\d（第2稿）$/);
    expect((await stored()).document.body).toEqual([
      { type: 'paragraph', children: [{ text: '广场开放。首日游客逾万人次。' }] },
    ]);
  });

  it('keeps keystrokes typed just before a reload (saved on the way out)', async () => {
    await reporterPage.keyboard.insertText('晚上');
    await reporterPage.reload(); // well within the 800 ms pause
    // The URL holds the open story: the reload comes back to it.
    await expect
      .poll(() => body(reporterPage).textContent())
      .toBe('广场开放。首日游客逾万人次。晚上');
    await expect
      .poll(async () => (await stored()).document.body, { timeout: 5000 })
      .toEqual([{ type: 'paragraph', children: [{ text: '广场开放。首日游客逾万人次。晚上' }] }]);
    // That save may land after the reloaded page read the story (the page then shows the
    // draft on the older version, and its next save is refused as a conflict): read it anew.
    await reporterPage.reload();
    await expect.poll(() => saveState(reporterPage).textContent()).toMatch(/^已保存.*第3稿/);
  });

  it('restores an unsaved draft after a reload when the saves did not reach the desk', async () => {
    // The keys count only once the lock is ours (body editable).
    await expect.poll(() => body(reporterPage).getAttribute('contenteditable')).toBe('true');
    await reporterPage.route('**/api/story.save', (route) => route.abort());
    await body(reporterPage).click();
    await reporterPage.keyboard.press('Control+End');
    await reporterPage.keyboard.insertText('有灯光秀。');
    await expect
      .poll(() => saveState(reporterPage).textContent(), { timeout: 5000 })
      .toBe('保存失败');
    await reporterPage.reload();
    // The desk stays out of reach until the draft shows. Only the save sent on the way out
    // may still land (a request in flight as the page unloads is not always held by the
    // route); then the desk has the text and there is no draft to restore.
    const notice = reporterPage.getByText('已恢复本机未保存的草稿');
    const landed = async () =>
      JSON.stringify((await stored()).document.body).includes('晚上有灯光秀。');
    await expect
      .poll(async () => (await notice.isVisible()) || (await landed()), { timeout: 30_000 })
      .toBe(true);
    await reporterPage.unroute('**/api/story.save');
    await expect
      .poll(async () => (await stored()).document.body, { timeout: 15_000 })
      .toEqual([
        { type: 'paragraph', children: [{ text: '广场开放。首日游客逾万人次。晚上有灯光秀。' }] },
      ]);
    await expect.poll(() => saveState(reporterPage).textContent()).toMatch(/^已保存/);
  });

  it('shows the lock to another profile, read-only, and lets a chief break it', async () => {
    chiefPage = await openAs(CHIEF);
    await chiefPage.getByRole('button', { name: HEADLINE, exact: true }).click();
    const banner = chiefPage.getByTestId('lock-banner');
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(
      new RegExp(`${REPORTER} 正在编辑（自 \\d\\d:\\d\\d）`),
    );
    await expect(body(chiefPage).getAttribute('contenteditable')).resolves.toBe('false');
    await expect(chiefPage.getByLabel('主题').getAttribute('readonly')).resolves.not.toBeNull();
    await chiefPage.getByRole('button', { name: '解除锁定' }).click();
    await expect.poll(() => banner.count()).toBe(0);
    await expect.poll(() => body(chiefPage).getAttribute('contenteditable')).toBe('true');
  });

  it('offers the allowed workflow moves and applies one', async () => {
    await chiefPage.getByRole('button', { name: '交稿' }).click();
    await expect
      .poll(() => chiefPage.getByTestId('story-status').textContent())
      .toBe('状态：已交稿');
    await chiefPage.getByRole('button', { name: '一审通过' }).waitFor();
    expect((await stored()).status).toBe('filed');
  });

  it('diffs two revisions with marked changes and restores an old one', async () => {
    await chiefPage.getByRole('button', { name: '修改记录' }).click();
    await chiefPage.getByLabel('从').selectOption({ label: '第1稿' });
    const versions = await chiefPage.getByLabel('到').locator('option').allTextContents();
    await chiefPage.getByLabel('到').selectOption({ label: versions.at(-1) ?? '' });
    await chiefPage.getByRole('button', { name: '比较' }).click();
    const diff = chiefPage.getByTestId('diff-view');
    await diff.waitFor();
    await expect(diff.locator('ins').allTextContents()).resolves.toContain(
      '首日游客逾万人次。晚上有灯光秀。',
    );
    const before = (await stored()).version;
    await chiefPage.getByRole('button', { name: '恢复到第1稿' }).click();
    await expect.poll(async () => (await stored()).version).toBe(before + 1);
    expect((await stored()).document.body).toEqual([
      { type: 'paragraph', children: [{ text: '广场开放。' }] },
    ]);
    await expect.poll(() => body(chiefPage).textContent()).toBe('广场开放。');
  });

  it('inserts a phone photo with caption and credit from the toolbar, upright', async () => {
    const [landscape] = await photographs(browser, 1, 1200, 800);
    if (!landscape) throw new Error('no photograph');
    await body(chiefPage).click();
    await chiefPage.keyboard.press('Control+End');
    await chiefPage.getByRole('button', { name: '插入图片' }).click();
    // A form inside the story's form would submit to the browser and leave the page.
    expect(await chiefPage.locator('form form').count()).toBe(0);
    await chiefPage.getByLabel('选择图片…').setInputFiles({
      name: 'IMG_0412.jpg',
      mimeType: 'image/jpeg',
      buffer: withOrientation(landscape, 6), // held upright, stored on its side
    });
    await chiefPage.getByLabel('图片说明').fill('图为开放首日的广场。');
    await chiefPage.getByLabel('摄影/来源').fill('记者 李四 摄');
    await chiefPage.getByRole('button', { name: '插入', exact: true }).click();
    await expect
      .poll(async () => (await stored()).document.body.find((block) => block.type === 'photo'), {
        timeout: 5000,
      })
      .toMatchObject({
        type: 'photo',
        asset: expect.stringMatching(/^[0-9a-f]{64}$/),
        width: 800,
        height: 1200,
        caption: '图为开放首日的广场。',
        credit: '记者 李四 摄',
      });
    // Shown in the editor, upright: Chromium turns it as the recorded size says.
    const shown = body(chiefPage).locator('figure[data-asset] img');
    await expect
      .poll(() =>
        shown.evaluate((img: HTMLImageElement) => `${img.naturalWidth}x${img.naturalHeight}`),
      )
      .toBe('800x1200');
  });

  it('searches the desk and marks the hits', async () => {
    await chiefPage.getByRole('button', { name: /稿库/ }).first().click();
    await chiefPage.getByLabel('搜索稿件').fill('广场');
    await chiefPage.getByLabel('搜索稿件').press('Enter');
    const mark = chiefPage.locator('.search-results mark').first();
    await mark.waitFor();
    await expect(mark.textContent()).resolves.toBe('广场');
    expect(pageErrors).toEqual([]);
  });

  it('keeps the very last keystroke in the local draft when the page is left at once', async () => {
    // The reporter has gone home: their page, waiting for the lock the chief broke, would
    // otherwise take it in the moment the reload frees it, and the draft would show read-only.
    await reporterPage.context().close();
    await chiefPage.getByRole('button', { name: HEADLINE, exact: true }).first().click();
    await expect.poll(() => saveState(chiefPage).textContent()).toMatch(/^已保存/);
    // Saved state shows on load; the keys count only once the lock is ours (body editable).
    await expect.poll(() => body(chiefPage).getAttribute('contenteditable')).toBe('true');
    await body(chiefPage).locator('p').first().click();
    await chiefPage.keyboard.press('End');
    await chiefPage.keyboard.insertText('今');
    await chiefPage.keyboard.insertText('晨');
    // Left at once (the 500 ms draft interval has not passed): the page is closed.
    const context = chiefPage.context();
    const closed = chiefPage.waitForEvent('close');
    await chiefPage.close({ runBeforeUnload: true });
    await closed;
    // The last keystroke is kept: in the draft, unless the save sent on the way out landed.
    chiefPage = await context.newPage();
    chiefPage.on('pageerror', (error) => pageErrors.push(`${CHIEF}: ${error.message}`));
    chiefPage.on('dialog', (dialog) => void dialog.accept());
    await chiefPage.goto(host.url);
    await chiefPage.getByRole('heading', { name: '稿库' }).waitFor();
    const drafted = await chiefPage.evaluate((id) => {
      const prefix = `newsdesk.draft.${id}.v`;
      return Object.keys(localStorage)
        .filter((key) => key.startsWith(prefix) && key.includes('.c.'))
        .map((key) => localStorage.getItem(key) ?? '')
        .join('');
    }, storyId);
    // Cleared only once the desk acknowledged that save: then the desk has it.
    const kept = drafted.includes('广场开放。今晨')
      ? 'draft'
      : JSON.stringify((await stored()).document.body[0]);
    expect(kept).toMatch(/^(draft|.*"广场开放。今晨".*)$/);
    // Opened again: the text shown, and kept on the desk (the save on the way out, or the
    // restored draft's).
    await chiefPage.getByRole('button', { name: HEADLINE, exact: true }).first().click();
    await expect
      .poll(() => body(chiefPage).locator('p').first().textContent(), { timeout: 15_000 })
      .toBe('广场开放。今晨');
    await expect
      .poll(async () => (await stored()).document.body[0], { timeout: 15_000 })
      .toEqual({ type: 'paragraph', children: [{ text: '广场开放。今晨' }] });
    expect(pageErrors).toEqual([]);
  });

  it('curls quotes and makes -- a dash in the head as it is typed; sets the story’s 西文断词', async () => {
    const kicker = chiefPage.getByLabel('引题');
    await expect.poll(() => kicker.getAttribute('readonly')).toBeNull();
    await kicker.click();
    await kicker.fill('');
    await chiefPage.keyboard.type(`It's "open" -- at last`);
    await expect.poll(() => kicker.inputValue()).toBe('It’s “open” — at last');
    // The caret stays where typing left it: a quote typed in the middle curls there.
    await chiefPage.keyboard.press('Home');
    await chiefPage.keyboard.type('"');
    await expect.poll(() => kicker.inputValue()).toBe('“It’s “open” — at last');
    await chiefPage.getByLabel('西文断词').selectOption({ label: '不断词' });
    await expect.poll(async () => (await stored()).hyphenation, { timeout: 10_000 }).toBe('off');
    expect((await stored()).kicker).toBe('“It’s “open” — at last');
    expect(pageErrors).toEqual([]);
  });
});
