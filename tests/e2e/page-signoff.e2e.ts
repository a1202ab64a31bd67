import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import type { Story } from '../../src/shared/model/story';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

/**
 * Issue 13.4, 大样签发: the editor reads the page in three rounds on the board, the chief
 * approves it; export is refused until then and allowed after. The editor then trims the
 * signed-off story on the page: a revision, the page's approval withdrawn (said on the
 * chief's board, with the trim's diff), and export refused again until the chief approves.
 */
const EDITOR = '编辑甲';
const CHIEF = '总编乙';
const DATE = '2026-12-05';
const HEADLINE = '市民广场今日开放';
const KEPT = '本报讯　市民广场今天上午正式开放，首日接待游客逾万人次。';
const TRIMMED = '广场位于城东，占地三万平方米。';

describe('page sign-off: proof, approve, export gate, trim withdraws the approval', () => {
  let host: RunningHost;
  let browser: Browser;
  let editorPage: Page;
  let chiefPage: Page;
  let editorId = 0;
  let chiefId = 0;
  let story: Story;
  const pageErrors: string[] = [];

  async function server<T>(name: string, args: unknown, actorId = chiefId) {
    const reply = await host.desk.call(name as never, args as never, { actorId });
    return reply as { ok: true; result: T } | { ok: false; error: { message: string } };
  }
  async function ok<T>(name: string, args: unknown, actorId = chiefId): Promise<T> {
    const reply = await server<T>(name, args, actorId);
    if (!reply.ok) throw new Error(`${name}: ${reply.error.message}`);
    return reply.result;
  }
  async function openAs(name: string, hash: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1400, height: 1000 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(host.url);
    await page.getByRole('button', { name: `以 ${name} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    await page.goto(`${host.origin}/${hash}`);
    return page;
  }
  const panel = (page: Page) => page.locator('section.page-signoff');
  const verdict = (page: Page) => panel(page).getByTestId('signoff-state');

  beforeAll(async () => {
    rendererDir();
    const dbPath = join(tempDir(), 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [
      { name: EDITOR, role: 'editor' },
      { name: CHIEF, role: 'chief' },
    ]);
    editorId = profiles.find((p) => p.name === EDITOR)?.id ?? 0;
    chiefId = profiles.find((p) => p.name === CHIEF)?.id ?? 0;
    host = await startAppHost(dbPath);
    await ok('issue.create', { date: DATE, pages: 1 });
    const paragraphs = [KEPT, TRIMMED].map((text) => ({
      type: 'paragraph',
      children: [{ text }],
    }));
    story = await ok<Story>('story.create', {
      fields: { headline: HEADLINE },
      document: { version: 1, body: paragraphs },
      deskDate: DATE,
    });
    for (const to of ['filed', 'edited', 'reviewed', 'signed-off']) {
      story = await ok<Story>('story.transition', { id: story.id, to });
    }
    await ok('placement.assign', { storyId: story.id, date: DATE, page: 1, priority: 'lead' });
    await ok('layout.auto', { date: DATE });
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('has the editor tick 一校, 二校, 三校 on the board; only then may the chief approve', async () => {
    editorPage = await openAs(EDITOR, `#/board/${DATE}/1`);
    await expect.poll(() => verdict(editorPage).textContent()).toBe('第一版尚未签发。');
    for (const round of ['一校', '二校', '三校']) {
      await panel(editorPage)
        .getByRole('button', { name: `确认${round}` })
        .click();
      await panel(editorPage).getByText(`${round}：${EDITOR}`).waitFor();
    }
    // An editor is offered no approval.
    expect(await panel(editorPage).getByRole('button', { name: '签发本版' }).count()).toBe(0);
    expect(await panel(editorPage).locator('.signoff-chip').textContent()).toBe('第一版 三校');
  });

  it('refuses export of the unapproved page, then allows it once the chief approves', async () => {
    chiefPage = await openAs(CHIEF, `#/board/${DATE}/1`);
    await chiefPage.getByRole('button', { name: '检查并导出…' }).click();
    await chiefPage.getByText('本版大样尚未经总编辑签发。').waitFor();
    await chiefPage.getByRole('button', { name: '关闭' }).click();
    const refused = await server('export.html', { date: DATE });
    expect(refused.ok).toBe(false);
    if (!refused.ok) {
      expect(refused.error.message).toBe(
        'preflight found 1 error; not exported (force with a reason to export anyway):\n' +
          'page 1: page not approved by the chief editor [page-not-approved]',
      );
    }

    await panel(chiefPage).getByRole('button', { name: '签发本版' }).click();
    await expect.poll(() => verdict(chiefPage).textContent()).toBe(`第一版已签发（${CHIEF}）。`);
    await expect.poll(() => verdict(editorPage).textContent()).toBe(`第一版已签发（${CHIEF}）。`);
    const exported = await ok<{ pages: number; forced?: string }>('export.html', { date: DATE });
    expect(exported.pages).toBe(1);
    expect(exported.forced).toBeUndefined();
  });

  it('lets the editor trim the signed-off story: the approval is withdrawn, on the board', async () => {
    await editorPage.goto(`${host.origin}/#/story/${story.id}`);
    const notice = editorPage.getByTestId('trim-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toBe(
      `此稿已签发。你的删改将记为修订，并撤回所在版面（${DATE} 第一版）的签发，须总编辑重新签发。`,
    );
    const body = editorPage.locator('[data-slate-editor="true"]');
    await expect.poll(() => body.getAttribute('contenteditable')).toBe('true');
    await body.click();
    await editorPage.keyboard.press('Control+End');
    await editorPage.keyboard.press('Shift+Home');
    await editorPage.keyboard.press('Backspace');
    await expect
      .poll(() => editorPage.getByTestId('save-state').textContent(), { timeout: 10_000 })
      .toMatch(/^已保存 .*（第6稿）$/);
    const trimmed = await ok<Story>('story.get', { id: story.id });
    expect(trimmed).toMatchObject({ status: 'signed-off', version: 6 });
    expect(JSON.stringify(trimmed.document)).not.toContain(TRIMMED);
    // A tracked revision: who and when.
    const revisions = await ok<{ version: number; authorId: number; status: string }[]>(
      'revision.list',
      { storyId: story.id },
    );
    expect(revisions.find((r) => r.version === 6)).toMatchObject({
      authorId: editorId,
      status: 'signed-off',
    });

    const change = chiefPage.getByTestId('signoff-change');
    await expect
      .poll(() => change.textContent(), { timeout: 10_000 })
      .toBe(`第一版签发已撤回：${EDITOR}修改了《${HEADLINE}》（第5稿→第6稿），须总编辑重新签发。`);
    expect(await panel(chiefPage).locator('.signoff-chip').textContent()).toBe('第一版 签发已撤回');
    const refused = await server('export.html', { date: DATE });
    expect(refused.ok).toBe(false);
  });

  it('shows the chief the trim as a diff; approving again lets the page go', async () => {
    await panel(chiefPage).getByRole('button', { name: '查看修改' }).click();
    const diff = panel(chiefPage).getByTestId('diff-view');
    await diff.waitFor();
    expect(await diff.locator('dt').allTextContents()).toEqual(['正文']);
    expect((await diff.locator('del.diff-removed').allTextContents()).join('')).toContain(TRIMMED);
    expect(await diff.locator('ins.diff-added').count()).toBe(0);

    await panel(chiefPage).getByRole('button', { name: '签发本版' }).click();
    await expect.poll(() => verdict(chiefPage).textContent()).toBe(`第一版已签发（${CHIEF}）。`);
    expect(await chiefPage.getByTestId('signoff-change').count()).toBe(0);
    expect((await ok<{ pages: number }>('export.html', { date: DATE })).pages).toBe(1);
  });

  it('lists the page sign-off in the audit view, filtered by page', async () => {
    await chiefPage.goto(`${host.origin}/#/audit`);
    await chiefPage.getByLabel('版面所属期').fill(DATE);
    await chiefPage.getByLabel('版号').fill('1');
    await chiefPage.getByRole('button', { name: '筛选' }).click();
    const rows = chiefPage.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(6);
    const cells = async (n: number) => (await rows.nth(n).locator('td').allTextContents()).slice(1);
    expect(await cells(0)).toEqual([
      CHIEF,
      '大样签发',
      `page:${DATE}/1`,
      'approved; 1 changes seen',
    ]);
    expect(await cells(1)).toEqual([
      EDITOR,
      '撤回签发',
      `page:${DATE}/1`,
      `story ${story.id} changed (version 5 -> 6) by ${EDITOR}`,
    ]);
    expect(await cells(5)).toEqual([EDITOR, '版面校对', `page:${DATE}/1`, '一校']);
    expect(pageErrors).toEqual([]);
  });
});
