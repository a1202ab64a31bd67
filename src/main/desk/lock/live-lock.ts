import type { StoredLock } from '../../store/repos/locks';
import type { HandlerContext } from '../context';

/**
 * The story's lock if its holder still renews it. An editor renews its lock by heartbeat;
 * one that stopped (a browser that died, a laptop shut) for the paper's `lock.expiryMinutes`
 * lapses here: the lock is released and the story is free. The former holder's unsaved
 * text stays in their editor's draft, and a save against someone else's new lock is refused.
 */
export function liveLock(ctx: HandlerContext, storyId: number): StoredLock | undefined {
  const lock = ctx.store.locks.get(storyId);
  if (!lock) return undefined;
  const expiryMs = ctx.store.settings.all()['lock.expiryMinutes'] * 60_000;
  if (Date.parse(ctx.now) - Date.parse(lock.renewedAt) < expiryMs) return lock;
  ctx.store.locks.release(storyId);
  return undefined;
}
