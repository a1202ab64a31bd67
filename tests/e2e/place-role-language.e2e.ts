import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import { todayDeskDate } from '../../src/renderer/src/lib/dates';
import type { Story } from '../../src/shared/model/story';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

/**
 * The URL holds the place (reload and back/forward return there), a reporter is not offered
 * the screens of page editors, and every screen in Chinese shows no English sentence.
 */
const REPORTER = '李晓芸';
const EDITOR = '周编辑';
const HEADLINE = '市政府召开常务会议';
const DAY = todayDeskDate();
// Three Latin words in a row is an English sentence (names like PNG or Ctrl+Z are not).
const ENGLISH = /[A-Za-z]{2,}(?:[ ,'’-]+[A-Za-z]{2,}){2,}/;

describe('place in the URL, role-aware screens, no English in the Chinese UI', () => {
  let host: RunningHost;
  let browser: Browser;
  let storyId = 0;
  const pageErrors: string[] = [];

  async function openAs(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    await page.goto(host.url);
    await page.getByRole('button', { name: `以 ${name} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    return page;
  }
  const hash = (page: Page) => page.evaluate(() => window.location.hash);
  const nav = (page: Page) => page.getByRole('navigation', { name: '功能' });

  beforeAll(async () => {
    rendererDir();
    const dbPath = join(tempDir(), 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [
      { name: REPORTER, role: 'reporter' },
      { name: EDITOR, role: 'editor' },
    ]);
    const reporterId = profiles.find((p) => p.name === REPORTER)?.id ?? 0;
    const editorId = profiles.find((p) => p.name === EDITOR)?.id ?? 0;
    host = await startAppHost(dbPath);
    const created = await host.desk.call(
      'story.create',
      {
        fields: { headline: HEADLINE, section: '时政' },
        document: {
          version: 1,
          body: [{ type: 'paragraph', children: [{ text: '本报讯 会议。' }] }],
        },
        deskDate: DAY,
      },
      { actorId: reporterId },
    );
    if (!created.ok) throw new Error(created.error.message);
    storyId = (created.result as Story).id;
    const issue = await host.desk.call('issue.create', { date: DAY }, { actorId: editorId });
    if (!issue.ok) throw new Error(issue.error.message);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('offers a reporter no 本期 or 版面, not even by URL', async () => {
    const page = await openAs(REPORTER);
    await expect(nav(page).getByRole('button').allTextContents()).resolves.toEqual([
      '稿库',
      '报纸设置',
    ]);
    await page.goto(`${host.origin}/#/board/${DAY}/1`);
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    expect(await page.getByRole('button', { name: '自动排版' }).count()).toBe(0);
    // Keys: the sheet, search, the next story, 交稿.
    await page.keyboard.press('F1');
    await page.getByRole('dialog', { name: '快捷键' }).waitFor();
    await expect(page.getByRole('dialog').getByRole('row').allInnerTexts()).resolves.toHaveLength(
      7,
    );
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });
    await page.keyboard.press('Control+f');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('desk-search');
    await page.keyboard.press('Escape');
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+]');
    await expect.poll(() => hash(page)).toBe(`#/story/${storyId}`);
    await expect.poll(() => page.getByLabel('主题').inputValue()).toBe(HEADLINE);
    // The key does what the bar offers: wait until 交稿 is offered (moves loaded, lock ours).
    const file = page
      .getByRole('region', { name: '流程', exact: true })
      .getByRole('button', { name: '交稿', exact: true });
    await expect.poll(() => file.isEnabled()).toBe(true);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.getByTestId('story-status').textContent()).toBe('状态：已交稿');
    await page.context().close();
  });

  it('keeps the open story across a reload and walks back and forward', async () => {
    const page = await openAs(EDITOR);
    await expect(nav(page).getByRole('button').allTextContents()).resolves.toEqual([
      '稿库',
      '本期',
      '版面',
      '报纸设置',
    ]);
    expect(await hash(page)).toBe(`#/desk/${DAY}`);
    await page.getByRole('link', { name: HEADLINE }).or(page.getByText(HEADLINE)).first().click();
    await page.getByLabel('主题').waitFor();
    expect(await hash(page)).toBe(`#/story/${storyId}`);
    await page.reload();
    await expect.poll(() => page.getByLabel('主题').inputValue()).toBe(HEADLINE);
    await expect.poll(() => page.getByLabel('栏目').inputValue()).toBe('时政');
    await page.goBack();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    expect(await hash(page)).toBe(`#/desk/${DAY}`);
    await page.goForward();
    await expect.poll(() => page.getByLabel('主题').inputValue()).toBe(HEADLINE);
    await nav(page).getByRole('button', { name: '版面' }).click();
    await page.getByRole('heading', { name: '版面' }).waitFor();
    expect(await hash(page)).toBe(`#/board/${DAY}`);
    await page.goto(`${host.origin}/#/board/${DAY}/2`);
    await page.reload();
    await page.getByRole('heading', { name: '版面' }).waitFor();
    expect(await hash(page)).toBe(`#/board/${DAY}/2`);
    await page.context().close();
  });

  it('shows no English sentence on any screen in Chinese', async () => {
    const page = await openAs('admin');
    const screens: [string, string][] = [
      [`#/desk/${DAY}`, '稿库'],
      [`#/story/${storyId}`, '编辑稿件'],
      [`#/issue/${DAY}`, '本期'],
      [`#/board/${DAY}/1`, '版面'],
      ['#/settings', '报纸设置'],
      ['#/profiles', '用户管理'],
    ];
    const found: string[] = [];
    for (const [where, heading] of screens) {
      await page.goto(`${host.origin}/${where}`);
      await page.getByRole('heading', { name: heading, exact: true }).first().waitFor();
      await page.waitForTimeout(300);
      // biome-ignore lint/performance/useDomNodeTextContent: lines as the user sees them
      const text = await page.locator('body').innerText();
      // A command to type (<code>) is the same in any language.
      const commands = new Set(await page.locator('code').allTextContents());
      for (const line of text.split('\n')) {
        if (ENGLISH.test(line) && !commands.has(line.trim())) found.push(`${where}: ${line}`);
      }
      // Every date box writes its day in Chinese beside it.
      for (const shown of await page.locator('.day-shown').allTextContents()) {
        expect(shown).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日周.$/);
      }
    }
    expect(found).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});
