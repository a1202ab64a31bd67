import { ApiError, because } from '../../../shared/contract';
import type { Profile } from '../../../shared/model/profile';
import { can } from '../../../shared/model/roles';
import type { Story, StorySummary } from '../../../shared/model/story';
import { textEditRule } from '../../../shared/model/workflow';
import type { HandlerContext } from '../context';

/** A reporter works on own stories only (NEWSROOM.md); editors and up see the whole desk. */
export function canSee(actor: Profile, story: StorySummary): boolean {
  return can(actor.role, 'story.edit-any') || story.authorId === actor.id;
}

/** The story if the actor may see it; otherwise 'not-found', so others' stories stay unseen. */
export function visibleStory(ctx: HandlerContext, id: number, field = 'id'): Story {
  const story = ctx.store.stories.get(id);
  if (!story || !ctx.actor || !canSee(ctx.actor, story)) {
    throw new ApiError('not-found', `no story ${id}`, field, because('story-missing', { id }));
  }
  return story;
}

/**
 * Who may change a story's text now (model/workflow.ts textEditRule): its reporter while it
 * is a draft; editors and up until it is signed off (then only a chief, or an editor trimming
 * it on a page when `mayTrim`); nobody while spiked.
 */
export function assertCanEdit(
  ctx: HandlerContext,
  actor: Profile,
  story: Story,
  mayTrim = false,
): void {
  const placed = mayTrim && ctx.store.pageSignoff.storyPages(story.id).length > 0;
  const rule = textEditRule(actor, { ...story, spikedFrom: null }, placed);
  switch (rule) {
    case 'yes':
    case 'trim':
      return;
    case 'spiked':
      throw new ApiError(
        'refused',
        `story ${story.id} is spiked; restore it first`,
        undefined,
        because('story-spiked', { id: story.id }),
      );
    case 'signed-off':
      throw new ApiError(
        'forbidden',
        `story ${story.id} is signed off; only a chief may change it`,
        undefined,
        because('story-signed-off', { id: story.id }),
      );
    case 'not-author':
      throw new ApiError(
        'forbidden',
        `${actor.name} may not change another reporter's story`,
        undefined,
        because('story-not-yours', {}),
      );
    case 'filed':
      throw new ApiError(
        'forbidden',
        `story ${story.id} has been filed; the desk edits it now`,
        undefined,
        because('story-filed', { id: story.id }),
      );
  }
}
