import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError } from '../../../shared/contract';
import type { LockInfo } from '../../../shared/contract/domains/lock';
import { useApiEvents, useTransport } from '../api-context';

export type LockState =
  | { kind: 'idle' }
  | { kind: 'mine' }
  | { kind: 'other'; lock: LockInfo }
  | { kind: 'failed'; error: unknown };

/** How often an open editor renews its lock; the desk lets a lock lapse after (by default)
 * two minutes without one, so a browser that died does not keep the story. */
export const HEARTBEAT_MS = 20_000;

/**
 * The story's edit lock: taken on open (and renewed every HEARTBEAT_MS while held) (when `wanted`: the profile may change the text),
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

  // The heartbeat: while the lock is ours, renew it; losing it (it lapsed while this machine
  // slept and someone took it) shows the new holder, and the local draft keeps the text.
  useEffect(() => {
    if (state.kind !== 'mine') return;
    const timer = window.setInterval(() => void acquire(), HEARTBEAT_MS);
    return () => window.clearInterval(timer);
  }, [state.kind, acquire]);

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
