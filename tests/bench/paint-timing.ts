import type { Page } from 'playwright-core';

/**
 * Timing in the page with the Performance API, not from the test runner: a runner's click and
 * its polling add tens of milliseconds (hundreds under load) that the person at the desk does
 * not wait. The benches serve the app from their own process, so a runner's command after a
 * click also waits while that process composes what the click asked for: the watch for an
 * action's result is therefore armed in the page before the action, and starts with the
 * click, change or key itself (`armPaint`). `paintedWhen` waits frame by frame for a
 * condition, then for the fonts of the text shown, then for the next paint.
 */

/** The in-page wait: the condition, then the shown text's fonts, then the next paint. */
const WAIT_SCRIPT = `(condition) => new Promise((done) => {
  const tick = () => {
    if (!condition()) return requestAnimationFrame(tick);
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
      requestAnimationFrame(() => setTimeout(() => done(performance.now()))),
    );
  };
  tick();
})`;

/** The script expression: at least `count` elements match `selector`, each showing something. */
export function shown(selector: string, count: number): string {
  return `(() => {
    const found = [...document.querySelectorAll(${JSON.stringify(selector)})];
    const shows = (el) =>
      (el.textContent ?? '').trim() !== '' || el.querySelector('canvas,svg,img') !== null;
    return found.length >= ${count} && found.every(shows);
  })()`;
}

/**
 * Arms the page: from the next click, change or keydown anywhere in it, each named script
 * expression is waited for (then its fonts, then a paint), and its time since that action
 * noted. `paintedSinceAction` gives the times.
 */
export function armPaint(page: Page, conditions: Record<string, string>): Promise<void> {
  const watches = Object.entries(conditions)
    .map(([name, condition]) => `[${JSON.stringify(name)}, () => (${condition})]`)
    .join(',');
  // A script string: tsx would wrap named functions in a helper the page does not have.
  return page.evaluate(`(() => {
    const wait = ${WAIT_SCRIPT};
    window.paintTimes = {};
    let acted = false;
    const start = (event) => {
      if (acted) return;
      acted = true;
      const at = event.timeStamp;
      for (const [name, condition] of [${watches}])
        void wait(condition).then((t) => { window.paintTimes[name] = t - at; });
    };
    for (const type of ['click', 'change', 'keydown'])
      document.addEventListener(type, start, { capture: true, once: true });
  })()`);
}

/** The armed watches' times since the action (ms), once all of them have painted. */
export function paintedSinceAction(page: Page, names: string[]): Promise<number[]> {
  // Polled in the page (the app's CSP refuses the string functions of waitForFunction).
  return page.evaluate<number[]>(`new Promise((done) => {
    const names = ${JSON.stringify(names)};
    const check = () =>
      names.every((n) => window.paintTimes?.[n] !== undefined)
        ? done(names.map((n) => window.paintTimes[n]))
        : setTimeout(check, 20);
    check();
  })`);
}

/** One armed watch: `act` does the action; ms from it to `condition` painted. */
export async function timeAction(
  page: Page,
  condition: string,
  act: () => Promise<unknown>,
): Promise<number> {
  await armPaint(page, { result: condition });
  await act();
  const [ms] = await paintedSinceAction(page, ['result']);
  return ms ?? Number.NaN;
}

/** Waits until the script expression `condition` is painted; performance.now() then. */
export function paintedWhen(page: Page, condition: string): Promise<number> {
  return page.evaluate<number>(`(${WAIT_SCRIPT})(() => (${condition}))`);
}

/** paintedWhen: at least `count` elements match `selector` and each shows something. */
export function painted(page: Page, selector: string, count: number): Promise<number> {
  return paintedWhen(page, shown(selector, count));
}
