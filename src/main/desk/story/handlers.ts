import { ApiError, because, type Handlers } from '../../../shared/contract';
import { can } from '../../../shared/model/roles';
import { fullWidthDateline } from '../../../shared/story/dateline';
import { documentFromPlainBody } from '../../../shared/story/stored-document';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { localIsoDate } from '../local-date';
import { assertLockAllows } from '../lock/guard';
import { sameContent, withdrawOnChange } from '../page/withdraw-on-change';
import { assertCanEdit, canSee } from './access';
import { copyfitHandlers } from './copyfit-handlers';
import { importHandlers } from './import-handlers';
import { searchHandlers } from './search-handlers';
import { workflowHandlers } from './workflow-handlers';

const editHandlers: Handlers<
  HandlerContext,
  'story.list' | 'story.page' | 'story.get' | 'story.create' | 'story.save'
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

  'story.page': (args, ctx) => {
    const actor = requireActor(ctx);
    // The same visibility as story.list: a reporter pages through own stories only.
    if (!can(actor.role, 'story.edit-any')) {
      if (args.authorId !== undefined && args.authorId !== actor.id) {
        return { total: 0, offset: args.offset, rows: [] };
      }
      return ctx.store.stories.page({ ...args, authorId: actor.id });
    }
    return ctx.store.stories.page(args);
  },

  'story.get': ({ id }, ctx) => {
    const actor = requireActor(ctx);
    const story = ctx.store.stories.get(id);
    if (!story || !canSee(actor, story)) {
      throw new ApiError('not-found', `no story ${id}`, 'id', because('story-missing', { id }));
    }
    return story;
  },

  'story.create': ({ fields: given, document, deskDate }, ctx) => {
    const actor = requirePermission(ctx, 'story.create');
    const fields = { ...given, dateline: fullWidthDateline(given.dateline) };
    const date = deskDate ?? localIsoDate(new Date(ctx.now));
    const body = document ?? documentFromPlainBody('');
    const id = ctx.store.stories.create(fields, body, actor.id, date, ctx.now);
    ctx.audit('story.create', `story:${id}`, fields.headline);
    ctx.emit('story.changed', { id });
    return mustGet(ctx, id);
  },

  'story.save': ({ id, fields: given, document, baseVersion }, ctx) => {
    const fields = { ...given, dateline: fullWidthDateline(given.dateline) };
    const actor = requireActor(ctx);
    const story = ctx.store.stories.get(id);
    if (!story || !canSee(actor, story)) {
      throw new ApiError('not-found', `no story ${id}`, 'id', because('story-missing', { id }));
    }
    // An editor may trim a signed-off story placed on a page (a tracked revision; the
    // page's approval is withdrawn below).
    assertCanEdit(ctx, actor, story, true);
    assertLockAllows(ctx, id, actor);
    if (baseVersion !== undefined && baseVersion !== story.version) {
      throw new ApiError(
        'conflict',
        `story ${id} changed meanwhile (now version ${story.version}, yours ${baseVersion})`,
        'baseVersion',
        because('story-changed', { id, now: story.version, yours: baseVersion }),
      );
    }
    ctx.store.stories.save(id, fields, document ?? story.document, actor.id, ctx.now);
    const saved = mustGet(ctx, id);
    const trim = story.status === 'signed-off' && !can(actor.role, 'story.sign-off');
    ctx.audit('story.save', `story:${id}`, `version ${saved.version}${trim ? ' (trim)' : ''}`);
    if (!sameContent(story, saved)) withdrawOnChange(ctx, actor, id, story.version, saved.version);
    ctx.emit('story.changed', { id });
    return saved;
  },
};

/** Every story.* handler: editing here, the rest from this folder's other files. */
export const storyHandlers = {
  ...editHandlers,
  ...copyfitHandlers,
  ...searchHandlers,
  ...workflowHandlers,
  ...importHandlers,
};

function mustGet(ctx: HandlerContext, id: number) {
  const story = ctx.store.stories.get(id);
  if (!story) throw new ApiError('internal', `story ${id} vanished`);
  return story;
}
