import { useCallback, useEffect, useState } from 'react';
import type { BackupFile } from '../../../shared/contract/domains/backup';
import { useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';

export interface Restored {
  path: string;
  current: string;
}

/**
 * The backup folder's list, a backup now and a restore into a new file. One action at a time:
 * a backup and a restore each run for seconds on a large paper.
 */
export function useBackups() {
  const { invoke } = useTransport();
  const [folder, setFolder] = useState('');
  const [backups, setBackups] = useState<BackupFile[] | null>(null);
  const [working, setWorking] = useState<'creating' | 'restoring' | null>(null);
  const [created, setCreated] = useState<BackupFile | null>(null);
  const [restored, setRestored] = useState<Restored | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      const listed = await invoke('backup.list', {});
      setFolder(listed.folder);
      setBackups(listed.backups);
    } catch (e) {
      setError(errorMessage(e));
    }
  }, [invoke]);
  useEffect(() => {
    void load();
  }, [load]);

  const run = async (what: 'creating' | 'restoring', action: () => Promise<void>) => {
    setWorking(what);
    setError(null);
    setCreated(null);
    setRestored(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setWorking(null);
      await load();
    }
  };

  const create = () =>
    run('creating', async () => {
      setCreated(await invoke('backup.create', {}));
    });
  const restore = (name: string) =>
    run('restoring', async () => {
      const done = await invoke('backup.restore', { name });
      setRestored({ path: done.path, current: done.current });
    });

  return { folder, backups, working, created, restored, error, create, restore };
}
