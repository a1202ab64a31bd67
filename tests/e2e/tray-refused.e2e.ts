import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDesk } from '../../src/main/desk/open-desk';
import type { RunningHost } from '../../src/main/host/http-host';
import { startHostWith } from './app-host';
import { launchChromium } from './chromium';

/**
 * 上版 is shown at once: the card leaves the tray on the click, before the desk answers (held
 * back here). When
 * the desk refuses (here a colleague spiked the story from another program on the same file,
 * so no change event reached this board), the card comes back and the refusal is said.
 */
const EDITOR = '岳编辑';
const DAY = '2026-12-04';

describe('board: a refused 上版 puts the card back', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const ids: number[] = [];

  beforeAll(async () => {
    const started = await startHostWith({ name: EDITOR, role: 'editor' });
    host = started.host;
    const actor = { actorId: started.profileId };
    const created = await host.desk.call('issue.create', { date: DAY }, actor);
    if (!created.ok) throw new Error(created.error.message);
    for (const headline of ['城市书房开到家门口', '冬日里的城市公园']) {
      const reply = await host.desk.call(
        'story.create',
        { fields: { headline }, deskDate: DAY },
        actor,
      );
      if (!reply.ok) throw new Error(reply.error.message);
      ids.push((reply.result as { id: number }).id);
    }
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(`${host.url}#/desk/${DAY}`);
    await page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).click();
    await page.getByRole('button', { name: '版面', exact: true }).click();
    await page.locator(`.story-tray [data-story-id="${ids[0]}"]`).waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('takes the card off on the click, and back with the reason when refused', async () => {
    const other = openDesk({ dbPath: host.desk.dbPath });
    try {
      const admin = other.people.firstAdmin()?.id ?? 1;
      const spiked = await other.call(
        'story.transition',
        { id: ids[0], to: 'spiked' },
        { actorId: admin },
      );
      expect(spiked.ok).toBe(true);
    } finally {
      other.close();
    }
    const card = page.locator(`.story-tray [data-story-id="${ids[0]}"]`);
    await page.getByRole('button', { name: '将《城市书房开到家门口》上版' }).click();
    await page.getByText('这篇稿件已撤稿，请先恢复。').waitFor();
    await card.waitFor();
    expect(await page.locator('.story-tray [data-story-id]').count()).toBe(2);

    // The other story: its card leaves while the desk's answer is held back, and stays gone.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await page.route('**/api/placement.assign', async (route) => {
      await held;
      await route.continue();
    });
    const second = page.locator(`.story-tray [data-story-id="${ids[1]}"]`);
    await page.getByRole('button', { name: '将《冬日里的城市公园》上版' }).click();
    await second.waitFor({ state: 'detached' });
    expect(await page.locator(`.large-page [data-story="${ids[1]}"]`).count()).toBe(0);
    release();
    await page.locator(`.large-page [data-story="${ids[1]}"]`).waitFor();
    expect(await second.count()).toBe(0);
    await page.unroute('**/api/placement.assign');
  });
});
