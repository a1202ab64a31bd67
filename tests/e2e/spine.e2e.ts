import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import { rendererDir, seedDatabase, signIn, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

/**
 * The spine: the built renderer in a real Chromium against the HTTP host and a real SQLite
 * file. A reporter picks a profile, creates a story typed in Chinese, reloads, finds it,
 * and the database holds exactly what one create should write.
 */
const REPORTER = '王小明';
const HEADLINE = '市民广场今日开放';
const FILED_ELSEWHERE = '老城区供暖管网改造完工';
const BODY = '市民广场今天上午正式向公众开放，首日接待游客逾万人次。\n\n广场占地三万平方米。';

describe('spine: pick a profile, create a story, find it after reload', () => {
  let dir: string;
  let dbPath: string;
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let page: Page;
  let reporterId = 0;
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  beforeAll(async () => {
    rendererDir(); // fails first, with a clear message, when the build is missing
    dir = tempDir();
    dbPath = join(dir, 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [
      { name: REPORTER, role: 'reporter' },
      { name: '李编辑', role: 'editor' },
    ]);
    reporterId = profiles.find((p) => p.name === REPORTER)?.id ?? 0;
    host = await startAppHost(dbPath);
    browser = await launchChromium();
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      locale: 'zh-CN',
    });
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`pageerror: ${error.message}`));
    page.on('console', (message) => {
      // CSP violations and React errors land here; any of them fails the run.
      // (A refused API call also logs "Failed to load resource"; those are checked below.)
      const text = message.text();
      if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
        pageErrors.push(`console: ${text}`);
      }
    });
    page.on('response', (response) => {
      if (response.status() >= 400) {
        failedRequests.push(`${response.status()} ${new URL(response.url()).pathname}`);
      }
    });
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('ships a strict CSP and no inline script', () => {
    const html = readFileSync(join(rendererDir(), 'index.html'), 'utf8').replaceAll('&#39;', "'");
    expect(html).toMatch(/http-equiv="Content-Security-Policy"[^>]*script-src 'self';/);
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('opens on the sign-in screen; a wrong password is refused there', async () => {
    if (!host) throw new Error('host did not start');
    const response = await page.goto(host.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self';");
    await page.getByRole('heading', { name: '登录' }).waitFor();
    await page.getByLabel('姓名').fill(REPORTER);
    await page.getByLabel('密码').fill('not-the-password');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('姓名或密码不对。');
  });

  it('signs the reporter in and shows who is working in the header', async () => {
    await signIn(page, REPORTER);
    const header = page.locator('header');
    await expect(header.textContent()).resolves.toContain(REPORTER);
    await expect(header.textContent()).resolves.toContain('记者');
    await page.getByRole('button', { name: '退出登录' }).waitFor();
  });

  it('shows the API refusal for a story with no headline, naming the field', async () => {
    await page.getByRole('button', { name: '新建稿件' }).click();
    await page.getByRole('button', { name: '创建稿件' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    // Worded by the renderer, led by the field's label: 主题 — 填写的内容无效……
    await expect(alert.textContent()).resolves.toContain('主题 — 填写的内容无效，请检查后重试。');
  });

  it('creates a story typed in Chinese', async () => {
    await page.getByLabel('主题').click();
    await page.keyboard.insertText(HEADLINE);
    await page.getByLabel('正文').click();
    await page.keyboard.insertText(BODY);
    await page.getByRole('button', { name: '创建稿件' }).click();
    // The body is the Slate editor now; the save state reads 已保存 HH:MM:SS（第 1 版）.
    await page
      .getByRole('status')
      .filter({ hasText: /已保存 \d\d:\d\d:\d\d（第1稿）/ })
      .waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    await expect(page.getByLabel('主题').inputValue()).resolves.toBe(HEADLINE);
  });

  it('reopens the story after a reload and finds it in the day list (the session survives)', async () => {
    await page.reload();
    // The URL holds the open story: reload returns to it, then back to the list.
    await expect.poll(() => page.getByLabel('主题').inputValue()).toBe(HEADLINE);
    await page.getByRole('button', { name: '← 稿库' }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    const headline = page.getByRole('button', { name: HEADLINE, exact: true });
    await headline.waitFor();
    expect(await headline.count()).toBe(1);
    const row = page.getByRole('row').filter({ has: headline });
    await expect(row.textContent()).resolves.toContain(REPORTER);
    await expect(row.textContent()).resolves.toContain('草稿');
  });

  it('refreshes the list when a story changes elsewhere (server-sent events)', async () => {
    if (!host) throw new Error('host did not start');
    // Another window of the same reporter files a story; this page must show it unasked.
    const reply = await host.desk.call(
      'story.create',
      { fields: { headline: FILED_ELSEWHERE } },
      { actorId: reporterId },
    );
    expect(reply.ok).toBe(true);
    await page.getByRole('button', { name: FILED_ELSEWHERE, exact: true }).waitFor();
  });

  it('uses the bundled CJK font and saves a screenshot of the desk', async () => {
    await page.evaluate(() => document.fonts.ready);
    const fonts = await page.evaluate(() => {
      // check() is also true for a family nobody declared, so look for the loaded face too.
      let loaded = false;
      document.fonts.forEach((face) => {
        if (face.family.replace(/"/g, '') === 'Noto Sans SC' && face.status === 'loaded') {
          loaded = true;
        }
      });
      return { check: document.fonts.check('16px "Noto Sans SC"'), loaded };
    });
    expect(fonts).toEqual({ check: true, loaded: true });
    const family = await page
      .getByRole('button', { name: HEADLINE, exact: true })
      .evaluate((element) => getComputedStyle(element).fontFamily);
    expect(family).toMatch(/^"?Noto Sans SC"?/);
    const shot = join(dir, 'desk.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(existsSync(shot) && statSync(shot).size > 10_000).toBe(true);
    console.log(`spine: desk screenshot at ${shot}`);
  });

  it('switches the UI to English and remembers it', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.getByRole('heading', { name: 'Stories' }).waitFor();
    await page.getByRole('columnheader', { name: 'Headline' }).waitFor();
    await page.reload();
    await page.getByRole('button', { name: 'New story' }).waitFor();
    expect(pageErrors).toEqual([]);
    // The only refusal of the whole run is the deliberate story without a headline.
    expect(failedRequests).toEqual(['401 /api/session.login', '400 /api/story.create']);
  });

  it('wrote exactly one story, one revision and its audit entry', async () => {
    await browser?.close();
    browser = undefined;
    await host?.close();
    host = undefined;
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const stories = db
        .prepare('SELECT id, headline FROM stories WHERE headline = ?')
        .all(HEADLINE) as { id: number; headline: string }[];
      expect(stories).toHaveLength(1);
      const id = stories[0]?.id;
      expect(
        db.prepare('SELECT COUNT(*) AS n FROM story_revisions WHERE story_id = ?').get(id),
      ).toEqual({ n: 1 });
      const audit = db
        .prepare("SELECT COUNT(*) AS n FROM audit WHERE action = 'story.create' AND target = ?")
        .get(`story:${id}`) as { n: number };
      expect(audit.n).toBeGreaterThanOrEqual(1);
    } finally {
      db.close();
    }
  });
});
