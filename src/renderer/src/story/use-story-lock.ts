import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/contract';
import type { LockInfo } from '../../../shared/contract/domains/locks';
import { useApiEvents, useTransport } from '../api-context';

export type LockState =
  | { kind: 'idle' }
  | { kind: 'mine' }
  | { kind: 'other'; lock: LockInfo }
  | { kind: 'failed'; error: unknown };

/**
 * The story's edit lock: taken on open (when `wanted`: the profile may change the text),
 * released on close, navigation and page unload. Someone else's lock makes the screen
 * read-only; when they release it (a story.changed event) the lock is tried again.
 */
export function useStoryLock(storyId: number | null, wanted: boolean) {
  const { invoke } = useTransport();
  const [state, setState] = useState<LockState>({ kind: 'idle' });
  const held = useRef(false);

  const acquire = useCallback(async () => {
    if (storyId === null) return;
    try {
      await invoke('lock.acquire', { storyId });
      held.current = true;
      setState({ kind: 'mine' });
    } catch (error) {
      held.current = false;
      if (!(error instanceof ApiError) || error.code !== 'conflict') {
        setState({ kind: 'failed', error });
        return;
      }
      const lock = await invoke('lock.get', { storyId }).catch(() => null);
      if (lock && !lock.mine) setState({ kind: 'other', lock });
      else setState({ kind: 'failed', error });
    }
  }, [invoke, storyId]);

  useEffect(() => {
    if (storyId === null || !wanted) return;
    void acquire();
    const release = () => {
      if (!held.current) return;
      held.current = false;
      void invoke('lock.release', { storyId }).catch(() => undefined);
    };
    window.addEventListener('beforeunload', release);
    return () => {
      window.removeEventListener('beforeunload', release);
      release();
    };
  }, [invoke, storyId, wanted, acquire]);

  useApiEvents(['story.changed'], (_event, payload) => {
    if (payload.id === storyId && state.kind === 'other') void acquire();
  });

  const breakLock = useCallback(async () => {
    if (storyId === null) return;
    await invoke('lock.break', { storyId });
    await acquire();
  }, [invoke, storyId, acquire]);

  return { state, breakLock, retry: acquire };
}
