import type { Page } from 'playwright-core';

/**
 * Timing in the page with the Performance API, not from the test runner: a runner's click and
 * its polling add tens of milliseconds (hundreds under load) that the person at the desk does
 * not wait. `armAction` notes the time of the next click, change or key; `paintedWhen` waits
 * frame by frame for a condition, then for the fonts of the text shown, then for the next
 * paint, and gives that time (minus the action's, when asked).
 */

/** The next click, change or keydown anywhere in the page is the action timed from. */
export function armAction(page: Page): Promise<void> {
  return page.evaluate(`(() => {
    window.actedAt = undefined;
    const note = (event) => {
      if (window.actedAt === undefined) window.actedAt = event.timeStamp;
    };
    for (const type of ['click', 'change', 'keydown'])
      document.addEventListener(type, note, { capture: true, once: true });
  })()`);
}

/**
 * Waits until the script expression `condition` is true, then until the fonts of the text
 * the document shows are loaded (each face for the characters it sets), then for the next
 * paint; gives performance.now() then, minus the armed action's time when `sinceAction`.
 */
export function paintedWhen(page: Page, condition: string, sinceAction: boolean): Promise<number> {
  // A script string: tsx would wrap named functions in a helper the page does not have.
  return page.evaluate<number>(`new Promise((done) => {
    const tick = () => {
      if (!(${condition})) return requestAnimationFrame(tick);
      void document.body.offsetHeight; // style and layout now, so needed fonts start loading
      // The fonts of the text the document shows, each for its characters: a font the app
      // fetches in the background for a later screen is not waited for (fonts.ready would).
      const wanted = new Map();
      const styled = new Map();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.data.trim();
        const host = node.parentElement;
        if (!text || !host) continue;
        const owner = host.closest('text') ?? host;
        let font = styled.get(owner);
        if (font === undefined) {
          const css = getComputedStyle(owner);
          font = css.display === 'none' ? '' : css.fontStyle + ' ' + css.fontWeight + ' 16px ' + css.fontFamily;
          styled.set(owner, font);
        }
        if (font) wanted.set(font, (wanted.get(font) ?? '') + text);
      }
      Promise.all([...wanted].map(([font, text]) => document.fonts.load(font, text))).then(() =>
        requestAnimationFrame(() =>
          setTimeout(() => done(performance.now() - ${sinceAction ? '(window.actedAt ?? 0)' : '0'})),
        ),
      );
    };
    tick();
  })`);
}

/** paintedWhen: at least `count` elements match `selector` and each shows something. */
export function painted(page: Page, selector: string, count: number, sinceAction = false) {
  const condition = `(() => {
    const found = [...document.querySelectorAll(${JSON.stringify(selector)})];
    const shows = (el) =>
      (el.textContent ?? '').trim() !== '' || el.querySelector('canvas,svg,img') !== null;
    return found.length >= ${count} && found.every(shows);
  })()`;
  return paintedWhen(page, condition, sinceAction);
}
