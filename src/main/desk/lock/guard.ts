import { ApiError, because } from '../../../shared/contract';
import type { Profile } from '../../../shared/model/profile';
import type { StoredLock } from '../../store/repos/locks';
import type { HandlerContext } from '../context';
import { clockTime } from './clock-time';
import { liveLock } from './live-lock';

export function lockedBy(ctx: HandlerContext, lock: StoredLock): ApiError {
  return new ApiError(
    'conflict',
    `story ${lock.storyId} is locked by ${lock.holderName} since ${clockTime(lock.since, ctx.now)}`,
    undefined,
    because('story-locked', { name: lock.holderName, since: clockTime(lock.since, ctx.now) }),
  );
}

/**
 * Refuses a write (save, transition, restore) while another profile holds the story's lock.
 * With no lock a write is allowed (the CLI saves without locks), except for a profile whose
 * lock was broken: its editor holds a stale copy, so it must open the story again first.
 */
export function assertLockAllows(ctx: HandlerContext, storyId: number, actor: Profile): void {
  const lock = liveLock(ctx, storyId);
  if (lock) {
    if (lock.holderId !== actor.id) throw lockedBy(ctx, lock);
    return;
  }
  const broken = ctx.store.locks.brokenFor(storyId, actor.id);
  if (broken) {
    throw new ApiError(
      'conflict',
      `story ${storyId}: your lock was broken by ${broken.brokenByName} at ${clockTime(broken.brokenAt, ctx.now)}; open the story again to go on from its last saved version`,
      undefined,
      because('lock-broken', {
        name: broken.brokenByName,
        at: clockTime(broken.brokenAt, ctx.now),
      }),
    );
  }
}
