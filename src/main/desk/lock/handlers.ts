import type { Handlers } from '../../../shared/contract';
import type { LockInfo } from '../../../shared/contract/domains/lock';
import type { Profile } from '../../../shared/model/profile';
import type { StoredLock } from '../../store/repos/locks';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { assertCanEdit, visibleStory } from '../story/access';
import { lockedBy } from './guard';
import { liveLock } from './live-lock';

const info = ({ renewedAt: _heartbeat, ...lock }: StoredLock, actor: Profile): LockInfo => ({
  ...lock,
  mine: lock.holderId === actor.id,
});

export const lockHandlers: Handlers<
  HandlerContext,
  'lock.acquire' | 'lock.get' | 'lock.release' | 'lock.break' | 'lock.releaseAll'
> = {
  'lock.acquire': ({ storyId }, ctx) => {
    const actor = requireActor(ctx);
    const story = visibleStory(ctx, storyId, 'storyId');
    // Only someone who may change the text now takes the lock: a reporter reading a filed
    // story must not keep the desk out of it. An editor trimming a signed-off story on a page
    // takes it too.
    assertCanEdit(ctx, actor, story, true);
    const held = liveLock(ctx, storyId);
    if (held && held.holderId !== actor.id) throw lockedBy(ctx, held);
    ctx.store.locks.take(storyId, actor.id, ctx.now);
    // Opening the story again is how a former holder acknowledges a broken lock.
    ctx.store.locks.clearBreak(storyId, actor.id);
    // A heartbeat changes nothing others see; only taking the lock is news.
    if (!held) ctx.emit('story.changed', { id: storyId });
    return {
      storyId,
      holderId: actor.id,
      holderName: actor.name,
      since: held?.since ?? ctx.now,
      mine: true,
    };
  },

  'lock.get': ({ storyId }, ctx) => {
    const actor = requireActor(ctx);
    visibleStory(ctx, storyId, 'storyId');
    const lock = liveLock(ctx, storyId);
    return lock ? info(lock, actor) : null;
  },

  'lock.release': ({ storyId }, ctx) => {
    const actor = requireActor(ctx);
    visibleStory(ctx, storyId, 'storyId');
    const lock = liveLock(ctx, storyId);
    if (!lock) return { released: false };
    if (lock.holderId !== actor.id) throw lockedBy(ctx, lock);
    ctx.store.locks.release(storyId);
    ctx.emit('story.changed', { id: storyId });
    return { released: true };
  },

  'lock.break': ({ storyId }, ctx) => {
    const actor = requirePermission(ctx, 'lock.break');
    visibleStory(ctx, storyId, 'storyId');
    const lock = liveLock(ctx, storyId);
    if (!lock) return { released: false };
    ctx.store.locks.release(storyId);
    // Nothing is lost: every save is a revision. The former holder's next save is refused.
    if (lock.holderId !== actor.id) {
      ctx.store.locks.recordBreak(storyId, lock.holderId, actor.id, ctx.now);
    }
    ctx.audit('lock.break', `story:${storyId}`, `${lock.holderName} since ${lock.since}`);
    ctx.emit('story.changed', { id: storyId });
    return { released: true };
  },

  'lock.releaseAll': (_args, ctx) => {
    const actor = requireActor(ctx);
    const count = ctx.store.locks.releaseAllOf(actor.id);
    if (count > 0) ctx.emit('story.changed');
    return { count };
  },
};
