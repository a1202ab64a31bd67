import type { CDPSession } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BodyBlock, StoryText } from '../../src/shared/story/elements';
import {
  editorValue,
  type HarnessRun,
  openEmptyEditor,
  paragraphTexts,
  startHarness,
  waitForSelection,
} from './editor-harness';
import { composeIme } from './ime';

/**
 * Chinese typed through an IME: composition driven with the Chrome DevTools Protocol, as a
 * pinyin IME does it (the pinyin first, then the chosen characters, then the commit).
 */
const paragraph = (...children: StoryText[]): BodyBlock[] => [{ type: 'paragraph', children }];

describe('editor: Chinese input through an IME', () => {
  let run: HarnessRun;
  let cdp: CDPSession;

  beforeAll(async () => {
    run = await startHarness();
    cdp = await run.page.context().newCDPSession(run.page);
  });

  afterAll(async () => {
    await run?.close();
  });

  const compose = (pinyin: string, chosen: string) => composeIme(cdp, pinyin, chosen);

  async function expectDocument(expected: BodyBlock[]): Promise<void> {
    await expect.poll(() => editorValue(run.page)).toEqual(expected);
    const texts = expected.map((block) =>
      block.type === 'paragraph' ? block.children.map((leaf) => leaf.text).join('') : '',
    );
    await expect.poll(() => paragraphTexts(run.page)).toEqual(texts);
  }

  it('composes in an empty editor', async () => {
    await openEmptyEditor(run);
    await compose('shimin', '市民');
    await expectDocument(paragraph({ text: '市民' }));
    // Typing goes on normally after the composition.
    await run.page.keyboard.insertText('广场');
    await expectDocument(paragraph({ text: '市民广场' }));
  });

  it('composes inside plain text, at the caret in the middle of a paragraph', async () => {
    await openEmptyEditor(run);
    await run.page.keyboard.insertText('今天天气很好');
    await run.page.keyboard.press('ArrowLeft');
    await run.page.keyboard.press('ArrowLeft');
    await waitForSelection(run.page, 4);
    await compose('zhende', '真的');
    await expectDocument(paragraph({ text: '今天天气真的很好' }));
  });

  it('composes right after bold text with bold turned off: the new text is plain', async () => {
    await openEmptyEditor(run);
    await run.page.keyboard.press('Control+b');
    await run.page.keyboard.insertText('本报讯');
    await run.page.keyboard.press('Control+b');
    await compose('jizhe', '记者');
    await expectDocument(paragraph({ text: '本报讯', bold: true }, { text: '记者' }));
  });

  it('composes right after bold text with bold still on: the new text is bold', async () => {
    await openEmptyEditor(run);
    await run.page.keyboard.press('Control+b');
    await run.page.keyboard.insertText('本报讯');
    await compose('jizhe', '记者');
    await expectDocument(paragraph({ text: '本报讯记者', bold: true }));
  });

  it('composes after bold text placed by the caret (end of a bold run): continues bold', async () => {
    await openEmptyEditor(run);
    await run.page.keyboard.insertText('今日');
    await run.page.keyboard.press('Shift+ArrowLeft');
    await run.page.keyboard.press('Shift+ArrowLeft');
    await run.page.keyboard.press('Control+b');
    await run.page.keyboard.press('End');
    await waitForSelection(run.page, 2);
    await compose('xinwen', '新闻');
    await expectDocument(paragraph({ text: '今日新闻', bold: true }));
  });

  it('composes over a selection, replacing it', async () => {
    await openEmptyEditor(run);
    await run.page.keyboard.insertText('今天天气很好');
    await run.page.keyboard.press('ArrowLeft');
    await run.page.keyboard.press('ArrowLeft');
    await run.page.keyboard.press('Shift+ArrowLeft');
    await run.page.keyboard.press('Shift+ArrowLeft');
    await waitForSelection(run.page, 4, 2);
    await compose('yangguang', '阳光');
    await expectDocument(paragraph({ text: '今天阳光很好' }));
  });

  it('undoes a composition in one step and redoes it', async () => {
    await openEmptyEditor(run);
    await run.page.keyboard.insertText('今天');
    await compose('tianqi', '天气');
    await expectDocument(paragraph({ text: '今天天气' }));
    await run.page.keyboard.press('Control+z');
    await expectDocument(paragraph({ text: '今天' }));
    await run.page.keyboard.press('Control+Shift+z');
    await expectDocument(paragraph({ text: '今天天气' }));
  });

  it('logged no page error', () => {
    expect(run.pageErrors).toEqual([]);
  });
});
