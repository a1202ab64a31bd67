import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * The password every test profile gets unless a test says otherwise. A test that greps logs,
 * audit rows or backups for leaked passwords looks for exactly this text.
 */
export const TEST_PASSWORD = 'test-口令-8421';

/** scrypt cost (log2 N) for hashes made by tests' own desks: real scrypt, less time. */
export const TEST_PASSWORD_COST = 10;

let file: string | undefined;

/** A file whose first line is TEST_PASSWORD (for --password-file, --new-password-file). */
export function testPasswordFile(): string {
  if (!file) {
    file = join(mkdtempSync(join(tmpdir(), 'newsdesk-pw-')), 'password.txt');
    writeFileSync(file, `${TEST_PASSWORD}\n`, { mode: 0o600 });
  }
  return file;
}
