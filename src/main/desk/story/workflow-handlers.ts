import { ApiError, because, type Handlers } from '../../../shared/contract';
import type { Story } from '../../../shared/model/story';
import { allowedMoves, checkMove, type WorkflowStory } from '../../../shared/model/workflow';
import { type HandlerContext, requireActor } from '../context';
import { assertLockAllows } from '../lock/guard';
import { visibleStory } from '../story/access';

function workflowOf(ctx: HandlerContext, story: Story): WorkflowStory {
  const state = ctx.store.stories.workflow(story.id);
  return { status: story.status, spikedFrom: state?.spikedFrom ?? null, authorId: story.authorId };
}

export const workflowHandlers: Handlers<HandlerContext, 'story.transition' | 'story.moves'> = {
  'story.transition': ({ id, to, note }, ctx) => {
    const actor = requireActor(ctx);
    const story = visibleStory(ctx, id);
    const state = workflowOf(ctx, story);
    const check = checkMove(actor, state, to);
    if (!check.ok && check.reason === 'no-such-move') {
      throw new ApiError(
        'refused',
        `story ${id} is ${story.status}; it cannot move to ${to}`,
        'to',
        because('bad-move', { from: story.status, to }),
      );
    }
    if (!check.ok) {
      throw new ApiError(
        'forbidden',
        `story ${id}: ${actor.name} (${actor.role}) may not move it ${story.status} -> ${check.move.to}`,
        'to',
        because('move-forbidden', { from: story.status, to: check.move.to }),
      );
    }
    assertLockAllows(ctx, id, actor);
    const { move } = check;
    // The pre-spike status is kept on the story so that restore can return to it.
    const spikedFrom = move.to === 'spiked' ? move.from : null;
    ctx.store.stories.setStatus(id, move.to, spikedFrom, actor.id, ctx.now);
    const detail = `${move.from} -> ${move.to}${note ? `: ${note}` : ''}`;
    ctx.audit('story.transition', `story:${id}`, detail);
    ctx.emit('story.changed', { id });
    const moved = ctx.store.stories.get(id);
    if (!moved) throw new ApiError('internal', `story ${id} vanished`);
    return moved;
  },

  'story.moves': ({ id }, ctx) => {
    const actor = requireActor(ctx);
    const state = workflowOf(ctx, visibleStory(ctx, id));
    const moves = allowedMoves(actor, state).map(({ name, to }) => ({ name, to }));
    return { status: state.status, spikedFrom: state.spikedFrom, moves };
  },
};
