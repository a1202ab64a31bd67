import { type Browser, type BrowserContext, chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS as EXPORT_CHROMIUM_ARGS,
  findChromium,
} from '../../src/main/export/find-chromium';
import { TEST_PASSWORD } from '../support/test-password';
import { seededNames } from './seeded-names';

/** Flags that keep Chromium quiet on a machine with no network but loopback (the export's). */
export const CHROMIUM_ARGS: string[] = [...EXPORT_CHROMIUM_ARGS];

/** The system Chromium, found as the PDF export finds it (CHROME_PATH, then the usual paths). */
export function chromiumPath(): string {
  return findChromium();
}

/**
 * Launches the system Chromium for tests (playwright gives it a fresh temp profile). Unless
 * `signInButtons` is false, every context it makes shows, on the app's sign-in screen, one
 * 以 NAME 身份进入 button per profile seedDatabase made: a click types the name and
 * TEST_PASSWORD into the real form and submits it, like a password manager would.
 */
export async function launchChromium(options: { signInButtons?: boolean } = {}): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
    headless: true,
  });
  if (options.signInButtons === false) return browser;
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (contextOptions) => {
    const context = await newContext(contextOptions);
    await addSignInButtons(context);
    return context;
  };
  return browser;
}

async function addSignInButtons(context: BrowserContext): Promise<void> {
  // Plain script text, not a function: tsx (the benches) rewrites functions with helpers that
  // do not exist in the page.
  const names = JSON.stringify([...seededNames()]);
  const password = JSON.stringify(TEST_PASSWORD);
  await context.addInitScript({
    content: `(() => {
  const names = ${names};
  const password = ${password};
  const fill = (input, value) => {
    if (!input) return;
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, value);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  };
  const mount = () => {
    const form = document.querySelector('form[data-sign-in]');
    const bar = document.getElementById('test-sign-in');
    if (!form) return bar?.remove();
    if (bar || !document.body) return;
    const added = document.createElement('div');
    added.id = 'test-sign-in';
    for (const name of names) {
      const button = document.createElement('button');
      button.type = 'button';
      button.textContent = '以 ' + name + ' 身份进入';
      button.addEventListener('click', () => {
        fill(form.querySelector('input[name="name"]'), name);
        fill(form.querySelector('input[name="password"]'), password);
        form.requestSubmit();
      });
      added.append(button);
    }
    document.body.append(added);
  };
  new MutationObserver(mount).observe(document, { childList: true, subtree: true });
})();`,
  });
}
