import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import type { Profile } from '../../src/shared/model/profile';
import type { Story, StorySummary } from '../../src/shared/model/story';
import { rendererDir, seedDatabase, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

/**
 * Import from files (the file input and a drop on the window), the settings screen (an admin
 * writes, a reporter reads) and the profiles screen, against the real host and a temp file.
 */
const ADMIN = 'admin';
const REPORTER = '王小明';
const MD_HEADLINE = '老城区供暖管网改造完工';
const TXT_HEADLINE = '市图书馆延长开放时间';
const DROP_HEADLINE = '城东新建三座口袋公园';
// Worded by the renderer from the refusal's reason code: the file and the line, in Chinese.
const BAD_MESSAGE = '无法导入“bad.md”（第1行）：找不到主题。';
const COLUMNS_MESSAGE = '最大为 12。';

const MD = `---
kicker: 群众冬季取暖有保障
headline: ${MD_HEADLINE}
byline: 记者 王小明
dateline: 本报讯
---

老城区供暖管网改造工程昨日完工，涉及居民一万二千户。

## 居民家中温度达标

经检测，居民家中室温普遍达到十八摄氏度以上。
`;
const TXT = `${TXT_HEADLINE}\n\n自下月起，市图书馆每晚开放至九时。\n\n周一闭馆。\n`;
const BAD = '---\nkicker: 没有主题\n---\n\n正文。\n';
// A 1×1 PNG: a photo dropped along with the .md that names it, and a masthead logo.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
const PHOTO_MD = `---\nheadline: 口袋公园迎来首批游客\n---\n\n![图为新建的口袋公园。](photos/park.png "记者 王小明 摄")\n`;

const file = (name: string, text: string, mimeType = 'text/plain') => ({
  name,
  mimeType,
  buffer: Buffer.from(text, 'utf8'),
});

describe('import, settings and profiles screens', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let adminId = 0;
  const pageErrors: string[] = [];

  async function openAs(name: string): Promise<Page> {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const opened = await context.newPage();
    opened.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
    await opened.goto(host.url);
    await opened.getByRole('button', { name: `以 ${name} 身份进入` }).click();
    await opened.getByRole('heading', { name: '稿库' }).waitFor();
    return opened;
  }

  async function call<T>(name: string, args: object): Promise<T> {
    // biome-ignore lint/suspicious/noExplicitAny: the test calls handlers by name
    const reply = await host.desk.call(name as any, args, { actorId: adminId });
    if (!reply.ok) throw new Error(reply.error.message);
    return reply.result as T;
  }

  const outcomes = () => page.getByTestId('import-outcome').allTextContents();

  beforeAll(async () => {
    rendererDir();
    const dbPath = join(tempDir(), 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [{ name: REPORTER, role: 'reporter' }]);
    adminId = profiles.find((p) => p.role === 'admin')?.id ?? 0;
    host = await startAppHost(dbPath);
    browser = await launchChromium();
    page = await openAs(ADMIN);
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('imports a batch through the file input: two stories, one refusal with its line', async () => {
    await page.getByRole('button', { name: '导入稿件…' }).waitFor();
    await page
      .getByTestId('import-input')
      .setInputFiles([
        file('story.md', MD, 'text/markdown'),
        file('bad.md', BAD, 'text/markdown'),
        file('note.txt', TXT),
      ]);
    const results = page.getByRole('region', { name: '导入结果' });
    await results.getByText('成功 2 篇，失败 1 个文件').waitFor();
    expect(await outcomes()).toEqual([
      `✓成功story.md${MD_HEADLINE}`,
      `✗失败bad.md${BAD_MESSAGE}`,
      `✓成功note.txt${TXT_HEADLINE}`,
    ]);
    const table = page.locator('.story-table');
    await table.getByRole('button', { name: MD_HEADLINE, exact: true }).waitFor();
    await table.getByRole('button', { name: TXT_HEADLINE, exact: true }).waitFor();

    const listed = await call<StorySummary[]>('story.list', {});
    const imported = listed.find((s) => s.headline === MD_HEADLINE);
    expect(imported?.kicker).toBe('群众冬季取暖有保障');
    const story = await call<Story>('story.get', { id: imported?.id ?? 0 });
    expect(story.document.body.map((block) => block.type)).toEqual([
      'paragraph',
      'crosshead',
      'paragraph',
    ]);
  });

  it('opens an imported story from its result line', async () => {
    await page
      .getByRole('region', { name: '导入结果' })
      .getByRole('button', { name: TXT_HEADLINE })
      .click();
    await expect.poll(() => page.getByLabel('主题').first().inputValue()).toBe(TXT_HEADLINE);
    await page.getByRole('button', { name: '稿库' }).first().click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
  });

  it('imports a .txt dropped on the window, with the overlay while dragging', async () => {
    await page.evaluate(
      ({ name, text }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([text], name, { type: 'text/plain' }));
        const fire = (type: string) =>
          document.body.dispatchEvent(
            new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }),
          );
        fire('dragenter');
        fire('dragover');
        (window as unknown as { dropTransfer: () => void }).dropTransfer = () => fire('drop');
      },
      { name: 'dropped.txt', text: `${DROP_HEADLINE}\n\n公园预计春节前开放。\n` },
    );
    await page.getByTestId('drop-overlay').waitFor();
    await page.evaluate(() => (window as unknown as { dropTransfer: () => void }).dropTransfer());
    await expect.poll(() => page.getByTestId('drop-overlay').count()).toBe(0);
    await page.getByText('成功 1 篇，失败 0 个文件').waitFor();
    expect(await outcomes()).toEqual([`✓成功dropped.txt${DROP_HEADLINE}`]);
    await page
      .locator('.story-table')
      .getByRole('button', { name: DROP_HEADLINE, exact: true })
      .waitFor();
  });

  it('sends images picked with a .md as its photos, by file name', async () => {
    await page
      .getByTestId('import-input')
      .setInputFiles([
        file('park.md', PHOTO_MD, 'text/markdown'),
        { name: 'park.png', mimeType: 'image/png', buffer: PNG },
      ]);
    await page.getByText('成功 1 篇，失败 0 个文件').waitFor();
    expect(await outcomes()).toEqual(['✓成功park.md口袋公园迎来首批游客']);
    const listed = await call<StorySummary[]>('story.list', {});
    const id = listed.find((s) => s.headline === '口袋公园迎来首批游客')?.id ?? 0;
    const story = await call<Story>('story.get', { id });
    expect(story.document.body[0]).toMatchObject({
      type: 'photo',
      caption: '图为新建的口袋公园。',
    });
  });

  it('lets an admin change the paper name and shows a bad column count beside its field', async () => {
    await page.getByRole('button', { name: '报纸设置' }).click();
    await page.getByRole('heading', { name: '报纸设置' }).waitFor();
    await page.getByLabel('报纸名称', { exact: true }).fill('晋城日报');
    await page.getByLabel('栏数', { exact: true }).fill('13');
    await page.getByRole('button', { name: '保存更改' }).click();
    const columnsAlert = page.locator('[data-setting="page.columns"]').getByRole('alert');
    await columnsAlert.waitFor();
    await expect(columnsAlert.textContent()).resolves.toBe(COLUMNS_MESSAGE);
    await expect
      .poll(async () => (await call<Record<string, unknown>>('settings.get', {}))['paper.name'])
      .toBe('晋城日报');
    const settings = await call<Record<string, unknown>>('settings.get', {});
    expect(settings['page.columns']).toBe(8);
    await expect(
      page.locator('[data-setting="paper.name"]').getByRole('alert').count(),
    ).resolves.toBe(0);

    await page.getByLabel('报头图片').setInputFiles({
      name: 'logo.png',
      mimeType: 'image/png',
      buffer: PNG,
    });
    await page.getByRole('img', { name: '报头图片' }).waitFor();
    await page.getByLabel('栏数', { exact: true }).fill('6');
    await page.getByRole('button', { name: '保存更改' }).click();
    await expect
      .poll(async () => (await call<Record<string, unknown>>('settings.get', {}))['paper.logo'])
      .toMatch(/^[0-9a-f]{64}$/);
    await expect
      .poll(async () => (await call<Record<string, unknown>>('settings.get', {}))['page.columns'])
      .toBe(6);
    await expect(page.getByRole('alert').count()).resolves.toBe(0);
  });

  it('shows the settings read-only to a reporter', async () => {
    const reporter = await openAs(REPORTER);
    await expect(reporter.getByRole('button', { name: '用户管理' }).count()).resolves.toBe(0);
    await reporter.getByRole('button', { name: '报纸设置' }).click();
    await reporter.getByText('只读：只有管理员可以修改报纸设置。').waitFor();
    const name = reporter.getByLabel('报纸名称', { exact: true });
    await expect.poll(() => name.inputValue()).toBe('晋城日报');
    await expect(name.getAttribute('readonly')).resolves.not.toBeNull();
    await expect(reporter.getByLabel('报纸语言', { exact: true }).isDisabled()).resolves.toBe(true);
    await expect(reporter.getByRole('button', { name: '保存更改' }).count()).resolves.toBe(0);
    await reporter.context().close();
  });

  it('adds a reporter on the profiles screen and refuses to demote the last admin', async () => {
    await page.getByRole('button', { name: '用户管理' }).click();
    await page.getByRole('heading', { name: '用户管理' }).waitFor();
    await page.getByLabel('姓名', { exact: true }).fill('赵记者');
    await page.getByLabel('角色', { exact: true }).selectOption('reporter');
    await page.getByRole('button', { name: '添加用户' }).click();
    await page.getByLabel('赵记者 的角色').waitFor();
    await expect(page.getByLabel('赵记者 的角色').inputValue()).resolves.toBe('reporter');
    const profiles = await call<Profile[]>('profile.list', {});
    expect(profiles.find((p) => p.name === '赵记者')?.role).toBe('reporter');

    await page.getByLabel(`${ADMIN} 的角色`).selectOption('reporter');
    const refusal = page.locator(`[data-profile="${ADMIN}"]`).getByRole('alert');
    await refusal.waitFor();
    await expect(refusal.textContent()).resolves.toBe(
      `${ADMIN} 是最后一位管理员，不能改为其他角色。`,
    );
    await expect.poll(() => page.getByLabel(`${ADMIN} 的角色`).inputValue()).toBe('admin');
    expect(pageErrors).toEqual([]);
  });
});
