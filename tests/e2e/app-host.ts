import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { openDesk } from '../../src/main/desk/open-desk';
import { type RunningHost, startHost } from '../../src/main/host/http-host';
import type { Profile } from '../../src/shared/model/profile';
import type { Role } from '../../src/shared/model/roles';
import { TEST_PASSWORD, TEST_PASSWORD_COST } from '../support/test-password';
import { rememberSeededName } from './seeded-names';

/** The built renderer the host serves; `npm test` builds it before the e2e tests run. */
export function rendererDir(): string {
  const dir = resolve(process.env.NEWSDESK_RENDERER_DIR ?? 'out/renderer');
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(
      `No built renderer at ${dir} (index.html missing). Run \`npm run build\` first ` +
        '(`npm test` does it before the e2e tests).',
    );
  }
  return dir;
}

export function tempDir(prefix = 'newsdesk-e2e-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/**
 * Creates a database with its bootstrap admin plus the given profiles, through the same
 * handlers the app uses (acting as the admin), and closes it again. Every one of them,
 * the admin included, signs in with TEST_PASSWORD (and their names are remembered for the
 * sign-in buttons of tests/e2e/chromium.ts).
 */
export async function seedDatabase(
  dbPath: string,
  profiles: ReadonlyArray<{ name: string; role: Role }>,
): Promise<Profile[]> {
  const desk = openDesk({ dbPath, passwordCost: TEST_PASSWORD_COST });
  try {
    const admin = desk.people.firstAdmin();
    if (!admin) throw new Error('the new database has no admin profile');
    const reset = await desk.call(
      'profile.setPassword',
      { id: admin.id, password: TEST_PASSWORD },
      { actorId: admin.id },
    );
    if (!reset.ok) throw new Error(`profile.setPassword: ${reset.error.message}`);
    const created: Profile[] = [admin];
    rememberSeededName(admin.name);
    for (const profile of profiles) {
      const reply = await desk.call(
        'profile.create',
        { ...profile, password: TEST_PASSWORD },
        { actorId: admin.id },
      );
      if (!reply.ok) throw new Error(`profile.create ${profile.name}: ${reply.error.message}`);
      const { oneTimePassword: _none, ...made } = reply.result as Profile & {
        oneTimePassword?: string;
      };
      created.push(made);
      rememberSeededName(made.name);
    }
    return created;
  } finally {
    desk.close();
  }
}

/** Starts the HTTP host on a free loopback port over the given database. */
export function startAppHost(dbPath: string): Promise<RunningHost> {
  return startHost({ dbPath, staticDir: rendererDir(), port: 0, host: '127.0.0.1' });
}

/** A fresh database seeded with one profile, served: the host and that profile's id. */
export async function startHostWith(profile: {
  name: string;
  role: Role;
}): Promise<{ host: RunningHost; profileId: number }> {
  const dbPath = join(tempDir(), 'newsdesk.db');
  const profiles = await seedDatabase(dbPath, [profile]);
  const profileId = profiles.find((p) => p.name === profile.name)?.id ?? 0;
  return { host: await startAppHost(dbPath), profileId };
}

/**
 * Signs a page in through the sign-in screen as `name` (TEST_PASSWORD unless given) and
 * waits for the desk. The page must be on the host's URL.
 */
export async function signIn(page: Page, name: string, password = TEST_PASSWORD): Promise<void> {
  await page.getByLabel(/^(姓名|Name)$/).fill(name);
  await page.getByLabel(/^(密码|Password|PIN)$/).fill(password);
  await page.getByRole('button', { name: /^(登录|Sign in)$/ }).click();
  await page.getByRole('heading', { name: /^(稿库|Stories)$/ }).waitFor();
}
