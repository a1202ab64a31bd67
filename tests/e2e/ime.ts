import type { CDPSession } from 'playwright-core';

/**
 * Types through a pinyin IME as Chromium sees one (Chrome DevTools Protocol): the letters
 * compose one by one, the chosen characters replace them, then the choice is committed.
 */
export async function composeIme(cdp: CDPSession, pinyin: string, chosen: string): Promise<void> {
  for (let i = 1; i <= pinyin.length; i++) {
    const text = pinyin.slice(0, i);
    await cdp.send('Input.imeSetComposition', {
      text,
      selectionStart: text.length,
      selectionEnd: text.length,
    });
  }
  await cdp.send('Input.imeSetComposition', {
    text: chosen,
    selectionStart: chosen.length,
    selectionEnd: chosen.length,
  });
  await cdp.send('Input.insertText', { text: chosen });
}
