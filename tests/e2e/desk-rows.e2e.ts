import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import { ROW_HEIGHT } from '../../src/renderer/src/desk/row-height';
import type { DeskRow } from '../../src/shared/contract/wire/story';
import { startHostWith } from './app-host';
import { launchChromium } from './chromium';

/**
 * The desk's list counts every row ROW_HEIGHT tall instead of measuring each (desk/row-height.ts):
 * so every row must be that tall — with a kicker, a headline longer than the screen, or a
 * Latin one — or a row scrolled to would not be the row shown.
 */
const EDITOR = '齐编辑';
const STORIES = 300;
const DAY = '2026-12-04';

describe('desk: rows of one height, scrolled to by their place', () => {
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let editorId = 0;

  beforeAll(async () => {
    ({ host, profileId: editorId } = await startHostWith({ name: EDITOR, role: 'editor' }));
    for (let n = 0; n < STORIES; n++) {
      const headline =
        n % 3 === 0
          ? `第${n}篇：${'全市老旧小区改造全面启动，'.repeat(8)}`
          : n % 3 === 1
            ? `Story ${n}: council approves the riverside plan`
            : `第${n}篇短讯`;
      const fields = { headline, kicker: n % 2 === 0 ? '本报专稿·深度' : '' };
      const reply = await host.desk.call(
        'story.create',
        { fields, deskDate: DAY },
        { actorId: editorId },
      );
      if (!reply.ok) throw new Error(reply.error.message);
    }
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    await page.goto(`${host.url}#/desk/${DAY}`);
    await page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).click();
    await page.locator('.story-table td.col-headline button').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  const rowHeights = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll('.story-table tbody tr:not(.spacer-row)')).map(
        (row) => row.getBoundingClientRect().height,
      ),
    );

  it('draws every row, kicker or long headline, ROW_HEIGHT tall', async () => {
    const heights = await rowHeights();
    expect(heights.length).toBeGreaterThan(10);
    expect(new Set(heights)).toEqual(new Set([ROW_HEIGHT]));
  });

  it('shows at a scroll of n rows the nth story of the desk’s order', async () => {
    const listed = await host.desk.call(
      'story.page',
      { deskDate: DAY, offset: 250, limit: 1 },
      { actorId: editorId },
    );
    if (!listed.ok) throw new Error(listed.error.message);
    const story = (listed.result as { rows: DeskRow[] }).rows[0] as DeskRow;
    await page
      .getByTestId('story-scroll')
      .evaluate((el, top) => el.scrollTo({ top }), 250 * ROW_HEIGHT);
    const firstInView = () =>
      page.evaluate(() => {
        const view = document.querySelector('.story-scroll')?.getBoundingClientRect();
        // The header cells stick at the top of the scrolled list (the thead itself scrolls away).
        const head = document.querySelector('.story-table thead th')?.getBoundingClientRect();
        if (!view || !head) return null;
        const rows = Array.from(document.querySelectorAll('.story-table tbody tr[data-index]'));
        const row = rows.find((r) => r.getBoundingClientRect().top >= head.bottom - 1);
        return row?.querySelector('.headline-link')?.textContent ?? null;
      });
    await expect.poll(firstInView).toBe(story.headline);
    expect(new Set(await rowHeights())).toEqual(new Set([ROW_HEIGHT]));
  });
});
