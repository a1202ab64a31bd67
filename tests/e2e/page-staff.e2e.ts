import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningHost } from '../../src/main/host/http-host';
import { todayDeskDate } from '../../src/renderer/src/lib/dates';
import type { Issue } from '../../src/shared/model/issue';
import { startHostWith } from './app-host';
import { launchChromium } from './chromium';

/**
 * 责任编辑/版式/校对 of four pages typed at full speed, one after another with Tab: every
 * save refetches the issue, and no refetch may overwrite a field being typed.
 */
const EDITOR = '周编辑';
const DAY = todayDeskDate();
const FIELDS = ['责任编辑', '版式', '校对'] as const;
const nameOf = (page: number, field: number) => `${'赵钱孙李'[page - 1]}${'甲乙丙'[field]}子丑寅卯`;

describe('page staff fields typed at full speed', () => {
  let host: RunningHost;
  let browser: Browser;
  let editorId = 0;

  beforeAll(async () => {
    ({ host, profileId: editorId } = await startHostWith({ name: EDITOR, role: 'editor' }));
    const created = await host.desk.call('issue.create', { date: DAY }, { actorId: editorId });
    if (!created.ok) throw new Error(created.error.message);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await host?.close();
  });

  it('loses none of the twelve entries', async () => {
    const page = await (await browser.newContext()).newPage();
    await page.goto(host.url);
    await page.getByRole('button', { name: `以 ${EDITOR} 身份进入` }).click();
    await page.getByRole('heading', { name: '稿库' }).waitFor();
    await page.goto(`${host.origin}/#/issue/${DAY}`);
    await page.getByLabel('第1版责任编辑').click();
    for (let p = 1; p <= 4; p++) {
      for (let f = 0; f < FIELDS.length; f++) {
        // Key by key: the refetch after the previous field's save lands mid-typing.
        await page.keyboard.type(nameOf(p, f), { delay: 40 });
        await page.keyboard.press('Tab'); // saves on blur, at once into the next field
      }
      await page.keyboard.press('Tab'); // past 版名 of the next page to its 责任编辑
    }
    const expected = [1, 2, 3, 4].map((p) => ({
      editor: nameOf(p, 0),
      designer: nameOf(p, 1),
      proofreader: nameOf(p, 2),
    }));
    await expect
      .poll(async () => {
        const reply = await host.desk.call('issue.get', { date: DAY }, { actorId: editorId });
        if (!reply.ok) throw new Error(reply.error.message);
        return (reply.result as Issue).pages.map(({ editor, designer, proofreader }) => ({
          editor,
          designer,
          proofreader,
        }));
      })
      .toEqual(expected);
    for (let p = 1; p <= 4; p++) {
      for (let f = 0; f < FIELDS.length; f++) {
        await expect
          .poll(() => page.getByLabel(`第${p}版${FIELDS[f]}`).inputValue())
          .toBe(nameOf(p, f));
      }
    }
    await page.context().close();
  });
});
