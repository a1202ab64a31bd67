import { ApiError, because, type Handlers } from '../../../shared/contract';
import type { StoredRevision } from '../../store/repos/revisions';
import { type HandlerContext, requireActor } from '../context';
import { assertLockAllows } from '../lock/guard';
import { withdrawOnChange } from '../page/withdraw-on-change';
import { assertCanEdit, visibleStory } from '../story/access';
import { diffFields } from './diff';

function revisionOf(ctx: HandlerContext, storyId: number, version: number, field: string) {
  const revision = ctx.store.revisions.get(storyId, version);
  if (!revision) {
    const why = because('no-version', { id: storyId, version });
    throw new ApiError('not-found', `story ${storyId} has no version ${version}`, field, why);
  }
  return revision;
}

const summary = (r: StoredRevision) => ({
  version: r.version,
  authorId: r.authorId,
  authorName: r.authorName,
  status: r.status,
  createdAt: r.createdAt,
  chars: r.chars,
});

export const revisionHandlers: Handlers<
  HandlerContext,
  'revision.list' | 'revision.get' | 'revision.diff' | 'revision.restore'
> = {
  'revision.list': ({ storyId }, ctx) => {
    requireActor(ctx);
    visibleStory(ctx, storyId, 'storyId');
    return ctx.store.revisions.list(storyId).map(summary);
  },

  'revision.get': ({ storyId, version }, ctx) => {
    requireActor(ctx);
    visibleStory(ctx, storyId, 'storyId');
    const revision = revisionOf(ctx, storyId, version, 'version');
    return { storyId, ...summary(revision), ...revision.fields, document: revision.document };
  },

  'revision.diff': ({ storyId, from, to }, ctx) => {
    requireActor(ctx);
    visibleStory(ctx, storyId, 'storyId');
    const before = revisionOf(ctx, storyId, from, 'from');
    const after = revisionOf(ctx, storyId, to, 'to');
    return { storyId, from, to, fields: diffFields(before, after) };
  },

  'revision.restore': ({ storyId, version }, ctx) => {
    const actor = requireActor(ctx);
    const story = visibleStory(ctx, storyId, 'storyId');
    assertCanEdit(ctx, actor, story);
    assertLockAllows(ctx, storyId, actor);
    const revision = revisionOf(ctx, storyId, version, 'version');
    // Append-only: the old content becomes the next version; nothing is rewritten.
    ctx.store.stories.save(storyId, revision.fields, revision.document, actor.id, ctx.now);
    withdrawOnChange(ctx, actor, storyId, story.version, story.version + 1);
    ctx.audit(
      'revision.restore',
      `story:${storyId}`,
      `version ${version} restored as version ${story.version + 1}`,
    );
    ctx.emit('story.changed', { id: storyId });
    const restored = ctx.store.stories.get(storyId);
    if (!restored) throw new ApiError('internal', `story ${storyId} vanished`);
    return restored;
  },
};
