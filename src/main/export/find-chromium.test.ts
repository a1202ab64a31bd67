import { describe, expect, it } from 'vitest';
import { ChromiumNotFoundError, findChromium, usualChromiumPaths } from './find-chromium';

const on =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findChromium', () => {
  it('takes CHROME_PATH first', () => {
    const env = { CHROME_PATH: '/opt/chrome/chrome' };
    expect(findChromium({ env, exists: on('/opt/chrome/chrome', '/usr/bin/chromium') })).toBe(
      '/opt/chrome/chrome',
    );
  });

  it('falls back to the usual paths, in order', () => {
    const exists = on('/usr/bin/google-chrome-stable', '/usr/bin/chromium-browser');
    expect(findChromium({ env: {}, platform: 'linux', exists })).toBe('/usr/bin/chromium-browser');
    expect(
      findChromium({
        env: { CHROME_PATH: '/gone' },
        platform: 'linux',
        exists: on('/usr/bin/chromium'),
      }),
    ).toBe('/usr/bin/chromium');
  });

  it('knows where macOS and Windows put Chrome', () => {
    expect(usualChromiumPaths('darwin', {})[0]).toBe(
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    );
    const windows = usualChromiumPaths('win32', { PROGRAMFILES: 'C:\\Program Files' });
    expect(windows[0]).toMatch(/^C:\\Program Files.Google.Chrome.Application.chrome\.exe$/);
  });

  it('gives one clear error where there is none', () => {
    const lookup = { env: { CHROME_PATH: '/nonexistent/chrome' }, fallbacks: [], exists: on() };
    expect(() => findChromium(lookup)).toThrow(ChromiumNotFoundError);
    expect(() => findChromium(lookup)).toThrow(
      /^no Chromium found for PDF export: install Chromium or set CHROME_PATH$/,
    );
  });
});
