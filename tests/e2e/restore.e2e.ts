import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import { openDatabase } from '../../src/main/store/open-database';
import type { BackupFile } from '../../src/shared/contract/domains/backup';
import { seedDatabase, startAppHost, tempDir } from './app-host';
import { launchChromium } from './chromium';

/**
 * 备份与恢复: an admin backs up now, sees the backup listed, restores it into a new file that
 * opens with the stories of the moment of the backup; a foreign file in the backup folder is
 * refused and left unchanged; a reporter is never offered the screen.
 */
const ADMIN = 'admin';
const REPORTER = '王小明';
const FOREIGN = 'newsdesk-20200101-080000-manual.sqlite';

describe('the 备份与恢复 screen', () => {
  let host: RunningHost;
  let browser: Browser;
  let dbPath = '';
  let adminId = 0;
  let reporterId = 0;
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

  async function fileStory(headline: string): Promise<void> {
    const made = await host.desk.call(
      'story.create',
      { fields: { headline } },
      { actorId: reporterId },
    );
    if (!made.ok) throw new Error(made.error.message);
  }

  const storyCount = (path: string): number => {
    const db = openDatabase(path, { readonly: true });
    try {
      return db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
    } finally {
      db.close();
    }
  };

  beforeAll(async () => {
    dbPath = join(tempDir(), 'newsdesk.db');
    const profiles = await seedDatabase(dbPath, [{ name: REPORTER, role: 'reporter' }]);
    adminId = profiles.find((p) => p.role === 'admin')?.id ?? 0;
    reporterId = profiles.find((p) => p.role === 'reporter')?.id ?? 0;
    host = await startAppHost(dbPath);
    for (const headline of ['市民广场今起开放', '地铁三号线试运行', '冬季供暖全面启动']) {
      await fileStory(headline);
    }
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('backs up now, lists it, restores it into a new file with the stories of that moment', async () => {
    const page = await openAs(ADMIN);
    await page.getByRole('navigation').getByRole('button', { name: '备份与恢复' }).click();
    await page.getByRole('heading', { name: '备份与恢复' }).waitFor();
    const folder = join(dirname(dbPath), 'backups');
    await page.getByText(`备份文件夹：${folder}`).waitFor();
    await page.getByText('还没有备份。').waitFor();
    expect(page.url()).toBe(`${host.url}#/backups`);

    await page.getByRole('button', { name: '立即备份' }).click();
    const status = page.getByRole('status');
    await status.getByText(/^已备份：/).waitFor();
    const listed = await host.desk.call('backup.list', {}, { actorId: adminId });
    if (!listed.ok) throw new Error(listed.error.message);
    const { backups } = listed.result as { backups: BackupFile[] };
    expect(backups).toHaveLength(1);
    const made = backups[0];
    if (!made) throw new Error('no backup listed');
    expect(made.name).toMatch(/^newsdesk-\d{8}-\d{6}-manual\.sqlite$/);
    const size = `${(made.bytes / 1024).toFixed(1)} KB`;
    expect(await status.textContent()).toBe(`已备份：${made.name}（${size}）`);
    // The time as the name says it: newsdesk-YYYYMMDD-HHMMSS-manual.sqlite.
    const [, d, t] = /^newsdesk-(\d{8})-(\d{6})/.exec(made.name) ?? [];
    const time = `${d?.slice(0, 4)}-${d?.slice(4, 6)}-${d?.slice(6)} ${t?.slice(0, 2)}:${t?.slice(2, 4)}:${t?.slice(4)}`;
    const rows = page.locator('.backups-table tbody tr');
    expect(await rows.allTextContents()).toEqual([`${time}${size}手动备份恢复到新文件`]);
    expect(storyCount(join(folder, made.name))).toBe(3);

    // Written after the backup: the paper has it, the restored file must not.
    await fileStory('晚间新到的一篇');
    await page.getByRole('button', { name: `把 ${time} 的备份恢复到新文件` }).click();
    await page.getByRole('heading', { name: '已恢复到新文件' }).waitFor();
    const shown = (await page.getByTestId('restored-path').textContent()) ?? '';
    const restored = shown.replace(/^新文件：/, '');
    expect(dirname(restored)).toBe(dirname(dbPath));
    expect(restored).toMatch(/\/newsdesk-\d{8}-\d{6}-restored\.sqlite$/);
    expect(existsSync(restored)).toBe(true);
    expect(storyCount(restored)).toBe(3);
    expect(storyCount(dbPath)).toBe(4);
    await page
      .getByText(`先查看它（不影响当前报纸）：newsdesk --db "${restored}" story list`)
      .waitFor();
    await page
      .getByText(
        `要改用它：请所有人保存并退出，关闭采编平台和 newsdesk serve，把当前文件 ${dbPath} 移到别处保存，再把新文件改名为 newsdesk.db，然后重新打开。`,
      )
      .waitFor();
    // The desk in use was not swapped: it still answers with all four stories.
    const live = await host.desk.call('story.list', {}, { actorId: adminId });
    expect(live.ok && (live.result as unknown[]).length).toBe(4);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Backups and restore' }).waitFor();
    expect(await rows.allTextContents()).toEqual([`${time}${size}ManualRestore into a new file`]);
    await page.getByRole('button', { name: '中文' }).click();
    expect(pageErrors).toEqual([]);
  });

  it('refuses a foreign file in the backup folder and leaves it byte for byte', async () => {
    const folder = join(dirname(dbPath), 'backups');
    const foreign = join(folder, FOREIGN);
    const other = new Database(foreign);
    other.exec("CREATE TABLE notes (text TEXT); INSERT INTO notes VALUES ('someone else''s');");
    other.close();
    const before = readFileSync(foreign);
    const filesBefore = readdirSync(dirname(dbPath)).sort();

    const page = await openAs(ADMIN);
    await page.goto(`${host.url}#/backups`);
    await page.getByRole('heading', { name: '备份与恢复' }).waitFor();
    await page.getByRole('button', { name: '把 2020-01-01 08:00:00 的备份恢复到新文件' }).click();
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.locator('.alert-message').textContent()).toBe(
      `备份“${FOREIGN}”没有通过检查（不是本系统的文件、已损坏或来自更新的版本），没有恢复，文件原样保留。`,
    );
    expect(readFileSync(foreign).equals(before)).toBe(true);
    expect(readdirSync(dirname(dbPath)).sort()).toEqual(filesBefore);
    expect(pageErrors).toEqual([]);
  });

  it('is not offered to a reporter, even by its address', async () => {
    const page = await openAs(REPORTER);
    const nav = page.getByRole('navigation');
    await nav.getByRole('button', { name: '报纸设置' }).waitFor();
    expect(await nav.getByRole('button', { name: '备份与恢复' }).count()).toBe(0);
    await page.goto(`${host.url}#/backups`);
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    expect(await page.getByRole('heading', { name: '备份与恢复' }).count()).toBe(0);
    const refused = await host.desk.call('backup.list', {}, { actorId: reporterId });
    expect(refused.ok ? 'ok' : refused.error.code).toBe('forbidden');
    expect(pageErrors).toEqual([]);
  });
});
