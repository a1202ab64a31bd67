import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { openDesk } from '../../src/main/desk/open-desk';
import { type RunningHost, startHost } from '../../src/main/host/http-host';
import type { Profile } from '../../src/shared/model/profile';
import type { Role } from '../../src/shared/model/roles';

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
 * handlers the app uses (acting as the admin), and closes it again.
 */
export async function seedDatabase(
  dbPath: string,
  profiles: ReadonlyArray<{ name: string; role: Role }>,
): Promise<Profile[]> {
  const desk = openDesk({ dbPath });
  try {
    const listed = await desk.call('profile.list', {}, { actorId: null });
    if (!listed.ok) throw new Error(`profile.list: ${listed.error.message}`);
    const admin = (listed.result as Profile[]).find((p) => p.role === 'admin');
    if (!admin) throw new Error('the new database has no admin profile');
    const created: Profile[] = [admin];
    for (const profile of profiles) {
      const reply = await desk.call('profile.create', profile, { actorId: admin.id });
      if (!reply.ok) throw new Error(`profile.create ${profile.name}: ${reply.error.message}`);
      created.push(reply.result as Profile);
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
