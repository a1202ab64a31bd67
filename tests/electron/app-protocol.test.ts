import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { appResponse, serveAppProtocol } from '../../src/main/electron/app-protocol';
import { CONTENT_SECURITY_POLICY } from '../../src/main/web/csp';
import { tempDir } from '../support/temp-db';
import { fakeProtocol } from './fake-electron';

vi.mock('electron', async () => (await import('./fake-electron')).fakeElectron);

const tmp = tempDir();
afterAll(() => tmp.cleanup());
const renderer = join(tmp.dir, 'out', 'renderer');
mkdirSync(join(renderer, 'assets'), { recursive: true });
writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Newsdesk</title>');
writeFileSync(join(renderer, 'assets', 'index.js'), 'console.log(1)');
writeFileSync(join(tmp.dir, 'out', 'secret.txt'), 'not for the page');
writeFileSync(join(tmp.dir, 'newsdesk.sqlite'), 'the paper');

describe('the app:// protocol', () => {
  it('serves the renderer folder with the CSP header', async () => {
    serveAppProtocol(renderer, CONTENT_SECURITY_POLICY);
    const handler = fakeProtocol.handlers.get('app');
    const page = await handler?.({ url: 'app://newsdesk/index.html' });
    expect(page?.status).toBe(200);
    expect(page?.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page?.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page?.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page?.text()).toBe('<!doctype html><title>Newsdesk</title>');
    const script = appResponse('app://newsdesk/assets/index.js?v=1', renderer, 'P');
    expect([script.status, script.headers.get('content-type'), await script.text()]).toEqual([
      200,
      'text/javascript; charset=utf-8',
      'console.log(1)',
    ]);
    expect(await appResponse('app://newsdesk/', renderer, 'P').text()).toContain('Newsdesk');
  });

  it('refuses traversal, other hosts and missing files with 404', async () => {
    const refused = [
      'app://newsdesk/../secret.txt',
      'app://newsdesk/%2e%2e/secret.txt',
      'app://newsdesk/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      'app://newsdesk/..%5c..%5cnewsdesk.sqlite',
      'app://newsdesk/index.html%00.js',
      'app://newsdesk/missing.js',
      'app://other/index.html',
      'file:///etc/passwd',
      'app://newsdesk/assets',
    ];
    for (const url of refused) {
      const response = appResponse(url, renderer, CONTENT_SECURITY_POLICY);
      expect([url, response.status, await response.text()]).toEqual([url, 404, 'not found']);
    }
  });
});
