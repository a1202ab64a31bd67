import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../../tests/support/temp-db';
import { openDesk } from '../desk/open-desk';
import type { Desk } from '../desk/types';
import { type SettingsInbox, watchInboxSetting } from './settings-inbox';

describe('the inbox the desktop app takes from the settings', () => {
  let temp: ReturnType<typeof tempDir>;
  let desk: Desk;
  let watcher: SettingsInbox;
  const log: string[] = [];
  const admin = { actorId: 1 };

  beforeEach(async () => {
    temp = tempDir();
    desk = openDesk({ dbPath: join(temp.dir, 'desk.sqlite') });
    await desk.call('profile.create', { name: '王小明', role: 'reporter' }, admin);
    log.length = 0;
    watcher = watchInboxSetting(desk, (line) => log.push(line), { rescanMs: 50, settleMs: 0 });
  });
  afterEach(() => {
    watcher.close();
    desk.close();
    temp.cleanup();
  });

  it('watches nothing until an admin names a folder, then files what is dropped there', async () => {
    await watcher.settled();
    expect(watcher.folder()).toBe(null);
    const dir = join(temp.dir, 'inbox');
    mkdirSync(dir);
    expect(
      await desk.call('settings.set', { key: 'import.inbox', value: dir }, admin),
    ).toMatchObject({ ok: true });
    await watcher.settled();
    expect(watcher.folder()).toBe(dir);
    const story = '---\nheadline: 市民广场今日开放\nauthor: 王小明\n---\n\n广场今天开放。\n';
    writeFileSync(join(dir, '.market.md.part'), story);
    renameSync(join(dir, '.market.md.part'), join(dir, 'market.md'));
    // The reader's thread starts on the first file (from the sources here: compiled first).
    await vi.waitFor(() => expect(existsSync(join(dir, 'done', 'market.md'))).toBe(true), {
      timeout: 30_000,
    });
    const stories = await desk.call('story.list', {}, admin);
    expect(stories.ok && (stories.result as { authorName: string }[])[0]?.authorName).toBe(
      '王小明',
    );
    // Emptying the setting stops the watch.
    await desk.call('settings.set', { key: 'import.inbox', value: '' }, admin);
    await watcher.settled();
    expect(watcher.folder()).toBe(null);
  }, 60_000);

  it('refuses a relative folder in the setting, naming the key', async () => {
    const reply = await desk.call('settings.set', { key: 'import.inbox', value: 'inbox' }, admin);
    expect(reply).toEqual({
      ok: false,
      error: {
        code: 'bad-argument',
        message: 'import.inbox: an absolute folder path, or empty',
        field: 'import.inbox',
      },
    });
  });
});
