import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import type { Story } from '../../src/shared/model/story';
import type { BodyBlock } from '../../src/shared/story/elements';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';
import { paragraphTexts } from './editor-harness';
import { composeIme } from './ime';

/**
 * Acceptance 4.8, the desk journey: three people, each in their own browser context, take
 * one story through the workflow against the real host and a real SQLite file. The reporter
 * types it (the body through a pinyin IME) and files it, the editor edits it and passes 一审,
 * the chief passes 二审 and signs it off; the reporter then finds it read-only, and the chief
 * reads the history, diffs the filed version against the edit and restores the filed text.
 *
 * Every save and every workflow move is a revision, so the versions are, in order:
 *   1 王小明 草稿    story.create (headline only)
 *   2 王小明 草稿    autosave of the body typed through the IME
 *   3 王小明 已交稿  交稿
 *   4 张编辑 已交稿  autosave of the editor's added paragraph
 *   5 张编辑 已编辑  一审通过
 *   6 刘主编 已审核  二审通过
 *   7 刘主编 已签发  签发
 *   8 刘主编 已签发  恢复到第 3 版 (a restore is a save: the status stays)
 */
const REPORTER = '王小明';
const EDITOR = '张编辑';
const CHIEF = '刘主编';
const HEADLINE = '市民广场今日开放';
const FILED_PARAGRAPHS = ['市民广场今天开放。', '首日游客逾万人次。'];
const ADDED_PARAGRAPH = '广场占地三万平方米。';
const EDITED_PARAGRAPHS = [...FILED_PARAGRAPHS, ADDED_PARAGRAPH];
/** The body as the pinyin IME enters it: [pinyin, chosen] pairs, punctuation committed as is. */
const IME_PARAGRAPHS: ReadonlyArray<ReadonlyArray<readonly [string, string]>> = [
  [
    ['shimin', '市民'],
    ['guangchang', '广场'],
    ['jintian', '今天'],
    ['kaifang', '开放'],
  ],
  [
    ['shouri', '首日'],
    ['youke', '游客'],
    ['yuwan', '逾万'],
    ['renci', '人次'],
  ],
];

const asDocumentBody = (paragraphs: readonly string[]): BodyBlock[] =>
  paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] }));

const SAVED = (version: number) => new RegExp(`^已保存 \\d\\d:\\d\\d:\\d\\d（第${version}稿）$`);

/** [version, author, status label] of each revision, oldest first. */
const REVISIONS: ReadonlyArray<readonly [number, string, string]> = [
  [1, REPORTER, '草稿'],
  [2, REPORTER, '草稿'],
  [3, REPORTER, '已交稿'],
  [4, EDITOR, '已交稿'],
  [5, EDITOR, '已编辑'],
  [6, CHIEF, '已审核'],
  [7, CHIEF, '已签发'],
];
const FILED_VERSION = 3;
const EDITED_VERSION = 4;

describe('desk journey: reporter files, editor edits, chief signs off, history restores', () => {
  let dbPath: string;
  let host: RunningHost | undefined;
  let browser: Browser | undefined;
  let reporter: Page;
  let editor: Page;
  let chief: Page;
  let storyId = 0;
  const ids = new Map<string, number>();
  const pageErrors: string[] = [];
  const failedRequests: string[] = [];

  function running(): RunningHost {
    if (!host) throw new Error('the host is not running');
    return host;
  }

  /** A fresh browser context (own sessionStorage, own localStorage) with the profile picked. */
  async function openAs(name: string): Promise<Page> {
    if (!browser) throw new Error('the browser is not running');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${name} pageerror: ${error.message}`));
    page.on('console', (message) => {
      // A refused call also logs "Failed to load resource"; those are counted below.
      const text = message.text();
      if (message.type() === 'error' && !text.startsWith('Failed to load resource')) {
        pageErrors.push(`${name} console: ${text}`);
      }
    });
    page.on('response', (response) => {
      const refused = `${response.status()} ${new URL(response.url()).pathname}`;
      // The desk's page strip (editor and up) asks for the day's issue; none exists yet, and
      // use-issue.ts reads that 404 as "no issue". Every other refusal is counted.
      if (response.status() >= 400 && refused !== '404 /api/issue.get') {
        failedRequests.push(`${name} ${refused}`);
      }
    });
    page.on('dialog', (dialog) => void dialog.accept());
    await page.goto(running().url);
    await page.getByRole('button', { name: `以 ${name} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    return page;
  }

  /** The story as the desk holds it now (read as the chief, who sees every story). */
  async function stored(): Promise<Story> {
    const reply = await running().desk.call(
      'story.get',
      { id: storyId },
      { actorId: ids.get(CHIEF) ?? 0 },
    );
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as Story;
  }

  async function lockHolder(): Promise<string | null> {
    const reply = await running().desk.call(
      'lock.get',
      { storyId },
      { actorId: ids.get(CHIEF) ?? 0 },
    );
    if (!reply.ok) throw new Error(reply.error.message);
    return (reply.result as { holderName: string } | null)?.holderName ?? null;
  }

  const body = (page: Page) => page.locator('[data-slate-editor="true"]');
  const saveState = (page: Page) => page.getByTestId('save-state');
  const statusBadge = (page: Page) => page.getByTestId('story-status');
  const headlineButton = (page: Page) => page.getByRole('button', { name: HEADLINE, exact: true });
  const deskRow = (page: Page) => page.getByRole('row').filter({ has: headlineButton(page) });
  const workflowButtons = (page: Page) =>
    page.getByRole('region', { name: '流程' }).getByRole('button');

  /** Opens the story from the desk and waits until it is loaded (its status is shown). */
  async function openStory(page: Page): Promise<void> {
    await headlineButton(page).click();
    await statusBadge(page).waitFor();
    await expect.poll(() => page.getByLabel('主题').inputValue()).toBe(HEADLINE);
  }

  /** Back to the desk: the story screen unmounts and gives its lock back. */
  async function closeStory(page: Page): Promise<void> {
    await page.getByRole('button', { name: '← 稿库' }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
  }

  beforeAll(async () => {
    rendererDir(); // fails first, with a clear message, when the build is missing
    dbPath = join(tempDir('newsdesk-journey-'), 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [
      { name: REPORTER, role: 'reporter' },
      { name: EDITOR, role: 'editor' },
      { name: CHIEF, role: 'chief' },
    ]);
    for (const profile of profiles) ids.set(profile.name, profile.id);
    host = await startAppHost(dbPath);
    browser = await launchChromium();
    reporter = await openAs(REPORTER);
    editor = await openAs(EDITOR);
    chief = await openAs(CHIEF);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('1. the reporter creates the story, types the body through the IME and files it', async () => {
    await reporter.getByRole('button', { name: '新建稿件' }).click();
    await reporter.getByLabel('主题').click();
    await reporter.keyboard.insertText(HEADLINE);
    await reporter.getByRole('button', { name: '创建稿件' }).click();
    await expect.poll(() => saveState(reporter).textContent()).toMatch(SAVED(1));
    await expect(statusBadge(reporter).textContent()).resolves.toBe('状态：草稿');
    const listed = await running().desk.call(
      'story.list',
      { text: HEADLINE },
      { actorId: ids.get(CHIEF) ?? 0 },
    );
    if (!listed.ok) throw new Error(listed.error.message);
    const found = listed.result as Story[];
    expect(found.map((s) => [s.headline, s.authorName, s.version])).toEqual([
      [HEADLINE, REPORTER, 1],
    ]);
    storyId = found[0]?.id ?? 0;
    await expect.poll(() => lockHolder()).toBe(REPORTER);

    // The body, only through the IME: compositions, the full stop committed as is, Enter.
    await expect.poll(() => body(reporter).getAttribute('contenteditable')).toBe('true');
    await body(reporter).click();
    const cdp = await reporter.context().newCDPSession(reporter);
    for (const [index, words] of IME_PARAGRAPHS.entries()) {
      if (index > 0) await reporter.keyboard.press('Enter');
      for (const [pinyin, chosen] of words) await composeIme(cdp, pinyin, chosen);
      await cdp.send('Input.insertText', { text: '。' });
    }
    await cdp.detach();
    await expect.poll(() => paragraphTexts(reporter)).toEqual(FILED_PARAGRAPHS);
    await expect
      .poll(() => saveState(reporter).textContent(), { timeout: 10_000 })
      .toMatch(SAVED(2));
    const saved = await stored();
    expect(saved.version).toBe(2);
    expect(saved.headline).toBe(HEADLINE);
    expect(saved.document.body).toEqual(asDocumentBody(FILED_PARAGRAPHS));

    await reporter.getByRole('button', { name: '交稿', exact: true }).click();
    await expect.poll(() => statusBadge(reporter).textContent()).toBe('状态：已交稿');
    // Filed: the desk edits it now, so the reporter's screen turns read-only and lets go.
    await reporter.getByText('只读：你在当前状态下不能修改这篇稿件。').waitFor();
    await expect.poll(() => body(reporter).getAttribute('contenteditable')).toBe('false');
    await expect.poll(() => lockHolder()).toBeNull();
    expect(await stored()).toMatchObject({ status: 'filed', version: 3 });
    await closeStory(reporter);
    await expect.poll(() => deskRow(reporter).locator('.col-status').textContent()).toBe('已交稿');
  });

  it('2. the editor opens it (takes the lock), adds a paragraph, passes 一审 and closes it', async () => {
    await expect.poll(() => deskRow(editor).locator('.col-status').textContent()).toBe('已交稿');
    await expect(deskRow(editor).locator('.col-author').textContent()).resolves.toBe(REPORTER);
    await openStory(editor);
    await expect.poll(() => body(editor).getAttribute('contenteditable')).toBe('true');
    await expect.poll(() => lockHolder()).toBe(EDITOR);
    await expect(statusBadge(editor).textContent()).resolves.toBe('状态：已交稿');
    await expect.poll(() => paragraphTexts(editor)).toEqual(FILED_PARAGRAPHS);
    // The reporter's desk shows who holds the story now.
    await expect
      .poll(() => deskRow(reporter).locator('.lock-holder').textContent())
      .toBe(`${EDITOR} 正在编辑`);

    await body(editor).click();
    await editor.keyboard.press('Control+End');
    await editor.keyboard.press('Enter');
    await editor.keyboard.insertText(ADDED_PARAGRAPH);
    await expect.poll(() => paragraphTexts(editor)).toEqual(EDITED_PARAGRAPHS);
    await expect.poll(() => saveState(editor).textContent(), { timeout: 10_000 }).toMatch(SAVED(4));
    expect((await stored()).document.body).toEqual(asDocumentBody(EDITED_PARAGRAPHS));

    await editor.getByRole('button', { name: '一审通过' }).click();
    await expect.poll(() => statusBadge(editor).textContent()).toBe('状态：已编辑');
    expect(await stored()).toMatchObject({ status: 'edited', version: 5 });
    await closeStory(editor);
    await expect.poll(() => lockHolder()).toBeNull();
    await expect.poll(() => deskRow(editor).locator('.col-status').textContent()).toBe('已编辑');
    await expect.poll(() => deskRow(editor).locator('.lock-holder').count()).toBe(0);
  });

  it('3. the chief opens it, passes 二审 and signs it off', async () => {
    await openStory(chief);
    await expect.poll(() => body(chief).getAttribute('contenteditable')).toBe('true');
    await expect.poll(() => lockHolder()).toBe(CHIEF);
    await expect(statusBadge(chief).textContent()).resolves.toBe('状态：已编辑');
    await expect.poll(() => paragraphTexts(chief)).toEqual(EDITED_PARAGRAPHS);

    await chief.getByRole('button', { name: '二审通过' }).click();
    await expect.poll(() => statusBadge(chief).textContent()).toBe('状态：已审核');
    await chief.getByRole('button', { name: '签发' }).click();
    await expect.poll(() => statusBadge(chief).textContent()).toBe('状态：已签发');
    await chief.getByRole('button', { name: '撤回签发' }).waitFor();
    expect(await stored()).toMatchObject({ status: 'signed-off', version: 7 });
    await expect(chief.locator('.story-meta-line').textContent()).resolves.toMatch(
      new RegExp(`^${REPORTER} · 已签发 · \\d+ 字 · 第7稿$`),
    );
  });

  it('4. the reporter opens it again: read-only, and the desk refuses a save', async () => {
    await expect.poll(() => deskRow(reporter).locator('.col-status').textContent()).toBe('已签发');
    const movesReply = reporter.waitForResponse((r) => r.url().endsWith('/api/story.moves'));
    await openStory(reporter);
    // The desk offers the reporter no move on a signed-off story, and the bar shows none.
    await expect((await movesReply).json()).resolves.toEqual({
      ok: true,
      result: { status: 'signed-off', spikedFrom: null, moves: [] },
    });
    await expect.poll(() => statusBadge(reporter).textContent()).toBe('状态：已签发');
    await reporter.getByText('只读：你在当前状态下不能修改这篇稿件。').waitFor();
    await expect.poll(() => paragraphTexts(reporter)).toEqual(EDITED_PARAGRAPHS);
    await expect(body(reporter).getAttribute('contenteditable')).resolves.toBe('false');
    expect(await reporter.locator('[contenteditable="true"]').count()).toBe(0);
    for (const field of ['引题', '主题', '副题', '署名', '电头']) {
      await expect(reporter.getByLabel(field).getAttribute('readonly')).resolves.not.toBeNull();
    }
    await expect(reporter.getByLabel('稿件级别').isDisabled()).resolves.toBe(true);
    expect(await workflowButtons(reporter).count()).toBe(0);
    // The chief holds the lock; the reporter never asked for it.
    expect(await lockHolder()).toBe(CHIEF);

    // Typing goes nowhere, and nothing is pending to save.
    await body(reporter).click();
    await reporter.keyboard.insertText('记者补充');
    await expect.poll(() => paragraphTexts(reporter)).toEqual(EDITED_PARAGRAPHS);
    await expect(saveState(reporter).textContent()).resolves.toMatch(SAVED(7));

    // A save sent straight to the API with the reporter's own session cookie is refused.
    const reply = await reporter.evaluate(
      async ({ id, headline, paragraphs }) => {
        const response = await fetch('/api/story.save', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({
            id,
            fields: { headline },
            document: {
              version: 1,
              body: paragraphs.map((text) => ({ type: 'paragraph', children: [{ text }] })),
            },
          }),
        });
        return { status: response.status, body: await response.json() };
      },
      { id: storyId, headline: HEADLINE, paragraphs: ['记者补充'] },
    );
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({
      ok: false,
      error: {
        code: 'forbidden',
        message: `story ${storyId} has been filed; the desk edits it now`,
      },
    });
    expect(await stored()).toMatchObject({
      status: 'signed-off',
      version: 7,
      document: { version: 1, body: asDocumentBody(EDITED_PARAGRAPHS) },
    });

    // The reporter may read the history but not restore anything.
    await reporter.getByRole('button', { name: '修改记录' }).click();
    await expect.poll(() => reporter.locator('.revision-list li').count()).toBe(REVISIONS.length);
    expect(await reporter.getByRole('button', { name: /^恢复到第\d+稿$/ }).count()).toBe(0);
    await closeStory(reporter);
  });

  let panelRowsBeforeRestore = 0;

  it('5. the chief reads the history, diffs filed against edited, and restores the filed text', async () => {
    await chief.getByRole('button', { name: '修改记录' }).click();
    const rows = chief.locator('.revision-list li');
    await expect.poll(() => rows.count()).toBe(REVISIONS.length);
    panelRowsBeforeRestore = await rows.count();
    // Newest first: 第 7 版 … 第 1 版, each with its author and the status it was saved in.
    const texts = await rows.allTextContents();
    expect(texts).toHaveLength(REVISIONS.length);
    for (const [i, [version, author, status]] of [...REVISIONS].reverse().entries()) {
      expect(texts[i]).toMatch(
        new RegExp(`^第${version}稿${author} · .+ · ${status} · \\d+ 字(恢复到第${version}稿)?$`),
      );
    }
    // The current version cannot be restored onto itself; every older one can.
    await expect(chief.getByRole('button', { name: /^恢复到第\d+稿$/ }).count()).resolves.toBe(
      REVISIONS.length - 1,
    );

    await chief.getByLabel('从').selectOption({ label: `第${FILED_VERSION}稿` });
    await chief.getByLabel('到').selectOption({ label: `第${EDITED_VERSION}稿` });
    await chief.getByRole('button', { name: '比较' }).click();
    const diff = chief.getByTestId('diff-view');
    await diff.waitFor();
    // Only the body changed: the filed text kept, the editor's paragraph marked as added.
    await expect(diff.locator('dt').allTextContents()).resolves.toEqual(['正文']);
    await expect(diff.locator('ins').allTextContents()).resolves.toEqual([
      `\n\n${ADDED_PARAGRAPH}`,
    ]);
    await expect(diff.locator('ins').first().getAttribute('title')).resolves.toBe('新增');
    expect(await diff.locator('del').count()).toBe(0);
    await expect(diff.locator('dd').textContent()).resolves.toBe(EDITED_PARAGRAPHS.join('\n\n'));

    await chief.getByRole('button', { name: `恢复到第${FILED_VERSION}稿` }).click();
    await expect.poll(async () => (await stored()).version).toBe(REVISIONS.length + 1);
    await expect.poll(() => rows.count()).toBe(REVISIONS.length + 1);
    await expect(rows.first().textContent()).resolves.toMatch(
      new RegExp(`^第${REVISIONS.length + 1}稿${CHIEF} · .+ · 已签发 · \\d+ 字$`),
    );
    await expect.poll(() => paragraphTexts(chief)).toEqual(FILED_PARAGRAPHS);
    // A restore is a save, not a move: the story stays signed off.
    await expect(statusBadge(chief).textContent()).resolves.toBe('状态：已签发');
    await expect.poll(() => saveState(chief).textContent()).toMatch(SAVED(REVISIONS.length + 1));
    expect(await stored()).toMatchObject({
      status: 'signed-off',
      version: REVISIONS.length + 1,
      headline: HEADLINE,
      document: { version: 1, body: asDocumentBody(FILED_PARAGRAPHS) },
    });
    await closeStory(chief);
    await expect.poll(() => lockHolder()).toBeNull();
  });

  it('logged no page error and no refusal but the reporter’s direct save', () => {
    expect(pageErrors).toEqual([]);
    expect(failedRequests).toEqual([`${REPORTER} 403 /api/story.save`]);
  });

  it('left the database with exactly the revisions the panel listed', async () => {
    await browser?.close();
    browser = undefined;
    await host?.close();
    host = undefined;
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const story = db
        .prepare('SELECT headline, status, version, document FROM stories WHERE id = ?')
        .get(storyId) as { headline: string; status: string; version: number; document: string };
      expect(story.headline).toBe(HEADLINE);
      expect(story.status).toBe('signed-off');
      expect(story.version).toBe(REVISIONS.length + 1);
      expect(JSON.parse(story.document)).toEqual({
        version: 1,
        body: asDocumentBody(FILED_PARAGRAPHS),
      });

      const revisions = db
        .prepare(
          `SELECT story_revisions.version, profiles.name AS author, story_revisions.status,
             story_revisions.document FROM story_revisions
           JOIN profiles ON profiles.id = story_revisions.author_id
           WHERE story_id = ? ORDER BY story_revisions.version`,
        )
        .all(storyId) as { version: number; author: string; status: string; document: string }[];
      // The panel showed 7 rows before the restore; the restore added the 8th.
      expect(revisions).toHaveLength(panelRowsBeforeRestore + 1);
      const { n } = db
        .prepare('SELECT COUNT(*) AS n FROM story_revisions WHERE story_id = ?')
        .get(storyId) as { n: number };
      expect(n).toBe(panelRowsBeforeRestore + 1);
      expect(revisions.map((r) => [r.version, r.author, r.status])).toEqual([
        [1, REPORTER, 'draft'],
        [2, REPORTER, 'draft'],
        [3, REPORTER, 'filed'],
        [4, EDITOR, 'filed'],
        [5, EDITOR, 'edited'],
        [6, CHIEF, 'reviewed'],
        [7, CHIEF, 'signed-off'],
        [8, CHIEF, 'signed-off'],
      ]);
      const bodyOf = (version: number) =>
        (JSON.parse(revisions[version - 1]?.document ?? 'null') as { body: BodyBlock[] }).body;
      expect(bodyOf(FILED_VERSION)).toEqual(asDocumentBody(FILED_PARAGRAPHS));
      expect(bodyOf(EDITED_VERSION)).toEqual(asDocumentBody(EDITED_PARAGRAPHS));
      expect(bodyOf(7)).toEqual(asDocumentBody(EDITED_PARAGRAPHS));
      // The restore wrote the filed version's document again, byte for byte.
      expect(revisions[7]?.document).toBe(revisions[FILED_VERSION - 1]?.document);

      const audit = db
        .prepare('SELECT action, detail FROM audit WHERE target = ? ORDER BY id')
        .all(`story:${storyId}`) as { action: string; detail: string }[];
      expect(audit.filter((a) => a.action === 'story.transition').map((a) => a.detail)).toEqual([
        'draft -> filed',
        'filed -> edited',
        'edited -> reviewed',
        'reviewed -> signed-off',
      ]);
      expect(audit.filter((a) => a.action === 'revision.restore').map((a) => a.detail)).toEqual([
        `version ${FILED_VERSION} restored as version ${REVISIONS.length + 1}`,
      ]);
      expect(
        db.prepare('SELECT COUNT(*) AS n FROM story_locks WHERE story_id = ?').get(storyId),
      ).toEqual({ n: 0 });
    } finally {
      db.close();
    }
  });
});
