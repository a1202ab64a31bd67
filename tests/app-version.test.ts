import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { expect, it } from 'vitest';
import { APP_VERSION } from '../src/shared/version';

it('the version shown in the app matches package.json', () => {
  const pkg = JSON.parse(readFileSync(join(resolve(__dirname, '..'), 'package.json'), 'utf8'));
  expect(APP_VERSION).toBe(pkg.version);
});
