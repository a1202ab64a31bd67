import { ApiError, type Handlers } from '../../../shared/contract';
import { can } from '../../../shared/model/roles';
import { documentFromPlainBody } from '../../../shared/story/stored-document';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { localIsoDate } from '../local-date';
import { assertLockAllows } from '../locks/guard';
import { assertCanEdit, canSee } from './access';

export const storyHandlers: Handlers<
  HandlerContext,
  'story.list' | 'story.get' | 'story.create' | 'story.save'
> = {
  'story.list': ({ deskDate, status, authorId, text }, ctx) => {
    const actor = requireActor(ctx);
    // A reporter's desk is own stories only; asking for someone else's finds nothing.
    if (!can(actor.role, 'story.edit-any')) {
      if (authorId !== undefined && authorId !== actor.id) return [];
      return ctx.store.stories.list({ deskDate, status, authorId: actor.id, text });
    }
    return ctx.store.stories.list({ deskDate, status, authorId, text });
  },

  'story.get': ({ id }, ctx) => {
    const actor = requireActor(ctx);
    const story = ctx.store.stories.get(id);
    if (!story || !canSee(actor, story)) throw new ApiError('not-found', `no story ${id}`, 'id');
    return story;
  },

  'story.create': ({ fields, document, deskDate }, ctx) => {
    const actor = requirePermission(ctx, 'story.create');
    const date = deskDate ?? localIsoDate(new Date(ctx.now));
    const body = document ?? documentFromPlainBody('');
    const id = ctx.store.stories.create(fields, body, actor.id, date, ctx.now);
    ctx.audit('story.create', `story:${id}`, fields.headline);
    ctx.emit('story.changed', { id });
    return mustGet(ctx, id);
  },

  'story.save': ({ id, fields, document, baseVersion }, ctx) => {
    const actor = requireActor(ctx);
    const story = ctx.store.stories.get(id);
    if (!story || !canSee(actor, story)) throw new ApiError('not-found', `no story ${id}`, 'id');
    assertCanEdit(actor, story);
    assertLockAllows(ctx, id, actor);
    if (baseVersion !== undefined && baseVersion !== story.version) {
      throw new ApiError(
        'conflict',
        `story ${id} changed meanwhile (now version ${story.version}, yours ${baseVersion})`,
        'baseVersion',
      );
    }
    ctx.store.stories.save(id, fields, document ?? story.document, actor.id, ctx.now);
    ctx.audit('story.save', `story:${id}`, `version ${story.version + 1}`);
    ctx.emit('story.changed', { id });
    return mustGet(ctx, id);
  },
};

function mustGet(ctx: HandlerContext, id: number) {
  const story = ctx.store.stories.get(id);
  if (!story) throw new ApiError('internal', `story ${id} vanished`);
  return story;
}
