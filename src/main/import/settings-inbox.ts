import type { Desk } from '../desk/types';
import { type Inbox, startInbox } from './inbox';

export interface SettingsInbox {
  /** The folder watched now, or null. */
  folder(): string | null;
  /** Resolves once the watch follows the latest setting (tests; settings changes). */
  settled(): Promise<void>;
  close(): void;
}

/**
 * The desktop app's inbox: it watches the folder named in the `import.inbox` setting, and
 * follows the setting when an admin changes it. (`newsdesk serve --inbox DIR` is the
 * command line's way.) Settings are read as the first admin: the inbox files each story as
 * the profile its file names, never as that admin.
 */
export function watchInboxSetting(
  desk: Desk,
  log: (line: string) => void,
  timing: { rescanMs?: number; settleMs?: number } = {},
): SettingsInbox {
  let inbox: Inbox | null = null;
  let watched: string | null = null;
  let closed = false;
  let chain: Promise<void> = Promise.resolve();

  const follow = async () => {
    const wanted = (await readSetting(desk)) || null;
    if (closed || wanted === watched) return;
    inbox?.close();
    inbox = null;
    watched = wanted;
    if (!wanted) return;
    try {
      inbox = await startInbox({ dir: wanted, desk, log, ...timing });
      if (closed) inbox.close();
      log(`newsdesk: inbox: watching ${wanted}`);
    } catch (error) {
      log(`newsdesk: inbox ${wanted}: ${error instanceof Error ? error.message : error}`);
    }
  };
  const refresh = () => {
    chain = chain.then(follow, follow);
  };
  const unsubscribe = desk.subscribe((event) => {
    if (event === 'settings.changed') refresh();
  });
  refresh();

  return {
    folder: () => watched,
    settled: () => chain,
    close() {
      closed = true;
      unsubscribe();
      inbox?.close();
    },
  };
}

async function readSetting(desk: Desk): Promise<string> {
  return String(desk.settings()['import.inbox'] ?? '');
}
