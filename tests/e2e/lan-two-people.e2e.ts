import { createServer } from 'node:net';
import { join } from 'node:path';
import { connect } from 'node:tls';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { Desk } from '../../src/main/desk/types';
import { isLoopback } from '../../src/main/host/http-host';
import { type LanShare, startLanShare } from '../../src/main/lan/lan-share';
import { lanAddress } from '../../src/main/serve/lan-address';
import type { Story } from '../../src/shared/model/story';
import { TEST_PASSWORD_COST } from '../support/test-password';
import { rendererDir, seedDatabase, tempDir } from './app-host';
import { launchChromium } from './chromium';
import { paragraphTexts } from './editor-harness';

/**
 * Issue 13, point 3: a newsroom on the LAN. The paper is shared the way the desktop app's
 * 在局域网共享本报 switch does it (startLanShare: `serve --lan`'s plan, on the machine's LAN
 * address, HTTPS with the self-signed certificate made on first use). Two people sign in from
 * their own browsers (two contexts; the certificate is self-signed, hence ignoreHTTPSErrors,
 * and the test compares the fingerprint itself as a colleague would) and work at once: the
 * reporter writes and files, the editor sees the lock with her name, cannot edit meanwhile,
 * sees her text arrive live, edits once she has filed, and she sees his edit arrive live.
 *
 * On a machine with no LAN address (only loopback) the same host is bound to 127.0.0.1 and
 * the first test says so in its title; everything else is unchanged.
 */
const REPORTER = '李晓芸';
const EDITOR = '周编辑';
const HEADLINE = '城东新桥今日通车';
const FIRST = '城东新桥今天上午通车。';
const SECOND = '大桥全长一千二百米。';
const EDITORS_LINE = '通车首日车流平稳。';
const machineAddress = lanAddress();
const SAVED = (version: number) => new RegExp(`^已保存 \\d\\d:\\d\\d:\\d\\d（第${version}稿）$`);

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  await new Promise<void>((done) => server.close(() => done()));
  return port;
}

/** The certificate the host shows a client, as a colleague's browser would display it. */
function servedFingerprint(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect({ host: hostname, port: Number(port), rejectUnauthorized: false });
    socket.once('secureConnect', () => {
      resolve(socket.getPeerCertificate().fingerprint256);
      socket.end();
    });
    socket.once('error', reject);
  });
}

describe(`a newsroom on the LAN (${machineAddress ?? 'no LAN address here: loopback'}): two people at once`, () => {
  let desk: Desk;
  let share: LanShare;
  let browser: Browser;
  let url = '';
  let reporter: Page;
  let editor: Page;
  let storyId = 0;
  const ids = new Map<string, number>();
  const pageErrors: string[] = [];
  const refusals: string[] = [];

  async function openAs(name: string): Promise<Page> {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'zh-CN',
      ignoreHTTPSErrors: true,
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    page.on('response', (response) => {
      const path = new URL(response.url()).pathname;
      if (response.status() >= 400 && path !== '/api/issue.get') {
        refusals.push(`${name} ${response.status()} ${path}`);
      }
    });
    // The sign-in form is there long before the bundled fonts finish loading.
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await page.getByRole('button', { name: `以 ${name} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    return page;
  }

  async function stored(): Promise<Story> {
    const reply = await desk.call('story.get', { id: storyId }, { actorId: ids.get(EDITOR) ?? 0 });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as Story;
  }

  const body = (page: Page) => page.locator('[data-slate-editor="true"]');
  const saveState = (page: Page) => page.getByTestId('save-state');
  const statusBadge = (page: Page) => page.getByTestId('story-status');
  const banner = (page: Page) => page.getByTestId('lock-banner');
  const deskRow = (page: Page) =>
    page
      .getByRole('row')
      .filter({ has: page.getByRole('button', { name: HEADLINE, exact: true }) });

  beforeAll(async () => {
    const dbPath = join(tempDir('newsdesk-lan-'), 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [
      { name: REPORTER, role: 'reporter' },
      { name: EDITOR, role: 'editor' },
    ]);
    for (const profile of profiles) ids.set(profile.name, profile.id);
    desk = openDesk({ dbPath, passwordCost: TEST_PASSWORD_COST });
    share = startLanShare({
      desk,
      staticDir: rendererDir(),
      log: () => {},
      ...(machineAddress ? {} : { lanAddress: () => '127.0.0.1' }),
    });
    // The admin turns sharing on, as the settings screen does.
    const admin = { actorId: ids.get('admin') ?? 1 };
    for (const [key, value] of [
      ['lan.port', await freePort()],
      ['lan.share', 'on'],
    ] as const) {
      const reply = await desk.call('settings.set', { key, value }, admin);
      if (!reply.ok) throw new Error(reply.error.message);
    }
    await share.settled();
    url = share.status().urls[0] ?? '';
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await share?.close();
    desk?.close();
  });

  it('serves HTTPS on the LAN address with the fingerprint it shows', async () => {
    const status = share.status();
    expect(status.state).toBe('on');
    expect(url).toMatch(/^https:\/\/[^/]+:\d+\/$/);
    const host = new URL(url).hostname;
    if (machineAddress) {
      expect(host).toBe(machineAddress);
      expect(isLoopback(host)).toBe(false);
    } else {
      expect(host).toBe('127.0.0.1');
    }
    expect(await servedFingerprint(url)).toBe(status.fingerprint);
  });

  it('signs two different people in from their own browsers', async () => {
    reporter = await openAs(REPORTER);
    editor = await openAs(EDITOR);
    // Each browser holds its own session: the header names who signed in there.
    await expect(reporter.locator('header').textContent()).resolves.toContain(REPORTER);
    await expect(editor.locator('header').textContent()).resolves.toContain(EDITOR);
  });

  it('the reporter writes; the editor sees her lock, cannot edit, and sees her text arrive', async () => {
    await reporter.getByRole('button', { name: '新建稿件' }).click();
    await reporter.getByLabel('主题').click();
    await reporter.keyboard.insertText(HEADLINE);
    await reporter.getByRole('button', { name: '创建稿件' }).click();
    await expect.poll(() => saveState(reporter).textContent()).toMatch(SAVED(1));
    await expect.poll(() => body(reporter).getAttribute('contenteditable')).toBe('true');
    await body(reporter).click();
    await reporter.keyboard.insertText(FIRST);
    await expect
      .poll(() => saveState(reporter).textContent(), { timeout: 10_000 })
      .toMatch(SAVED(2));
    const listed = await desk.call(
      'story.list',
      { text: HEADLINE },
      { actorId: ids.get(EDITOR) ?? 0 },
    );
    if (!listed.ok) throw new Error(listed.error.message);
    storyId = (listed.result as Story[])[0]?.id ?? 0;

    // The editor's desk (open all along) got the new story and its holder live, over SSE.
    await expect
      .poll(() => deskRow(editor).locator('.lock-holder').textContent())
      .toBe(`${REPORTER} 正在编辑`);
    await editor.getByRole('button', { name: HEADLINE, exact: true }).click();
    await banner(editor).waitFor();
    await expect(banner(editor).textContent()).resolves.toMatch(
      new RegExp(`^${REPORTER} 正在编辑（自 \\d\\d:\\d\\d）`),
    );
    await expect(body(editor).getAttribute('contenteditable')).resolves.toBe('false');
    await expect(editor.getByLabel('主题').getAttribute('readonly')).resolves.not.toBeNull();
    await expect.poll(() => paragraphTexts(editor)).toEqual([FIRST]);

    // The desk refuses his save outright, naming who holds the story.
    const refused = await editor.evaluate(async (id) => {
      const response = await fetch('/api/story.save', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          id,
          fields: { headline: '改过的标题' },
          document: { version: 1, body: [{ type: 'paragraph', children: [{ text: '抢改' }] }] },
        }),
      });
      return { status: response.status, body: await response.json() };
    }, storyId);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      ok: false,
      error: { code: 'conflict', reason: 'story-locked', params: { name: REPORTER } },
    });

    // She keeps writing; her next save shows on his read-only screen without a reload.
    await reporter.keyboard.press('Enter');
    await reporter.keyboard.insertText(SECOND);
    await expect
      .poll(() => saveState(reporter).textContent(), { timeout: 10_000 })
      .toMatch(SAVED(3));
    await expect.poll(() => paragraphTexts(editor)).toEqual([FIRST, SECOND]);
    await expect(body(editor).getAttribute('contenteditable')).resolves.toBe('false');
    expect(await stored()).toMatchObject({ status: 'draft', version: 3, headline: HEADLINE });
  });

  it('she files; the lock passes to the editor, who edits, and she sees his edit live', async () => {
    await reporter.getByRole('button', { name: '交稿', exact: true }).click();
    await expect.poll(() => statusBadge(reporter).textContent()).toBe('状态：已交稿');
    await expect.poll(() => body(reporter).getAttribute('contenteditable')).toBe('false');

    // His screen follows: the banner goes, the status is the new one, the text is editable.
    await expect.poll(() => banner(editor).count()).toBe(0);
    await expect.poll(() => statusBadge(editor).textContent()).toBe('状态：已交稿');
    await expect.poll(() => body(editor).getAttribute('contenteditable')).toBe('true');

    await body(editor).click();
    await editor.keyboard.press('Control+End');
    await editor.keyboard.press('Enter');
    await editor.keyboard.insertText(EDITORS_LINE);
    await expect.poll(() => saveState(editor).textContent(), { timeout: 10_000 }).toMatch(SAVED(5));
    await expect.poll(() => paragraphTexts(reporter)).toEqual([FIRST, SECOND, EDITORS_LINE]);

    const lock = await desk.call('lock.get', { storyId }, { actorId: ids.get(EDITOR) ?? 0 });
    expect(lock).toMatchObject({ ok: true, result: { holderName: EDITOR } });
    const revisions = await desk.call(
      'revision.list',
      { storyId },
      { actorId: ids.get(EDITOR) ?? 0 },
    );
    if (!revisions.ok) throw new Error(revisions.error.message);
    expect(
      (revisions.result as { version: number; authorName: string; status: string }[]).map((r) => [
        r.version,
        r.authorName,
        r.status,
      ]),
    ).toEqual([
      [1, REPORTER, 'draft'],
      [2, REPORTER, 'draft'],
      [3, REPORTER, 'draft'],
      [4, REPORTER, 'filed'],
      [5, EDITOR, 'filed'],
    ]);
  });

  it('logged no page error, and no refusal but the editor’s tries while she held the lock', () => {
    expect(pageErrors).toEqual([]);
    // His screen asks for the lock on opening and again at each of her saves: refused (409).
    const lockTry = `${EDITOR} 409 /api/lock.acquire`;
    expect(refusals.filter((line) => line === lockTry).length).toBeGreaterThanOrEqual(2);
    expect(refusals.filter((line) => line !== lockTry)).toEqual([`${EDITOR} 409 /api/story.save`]);
  });
});
