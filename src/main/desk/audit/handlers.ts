import type { Handlers } from '../../../shared/contract';
import { type HandlerContext, requirePermission } from '../context';

export const auditHandlers: Handlers<HandlerContext, 'audit.list' | 'audit.search'> = {
  'audit.list': ({ limit }, ctx) => {
    requirePermission(ctx, 'story.edit-any');
    return ctx.store.audit.recent(limit);
  },

  // Who did what is for the chiefs who answer for the paper (and admins), not for everyone.
  'audit.search': ({ person, storyId, target, day, limit }, ctx) => {
    requirePermission(ctx, 'story.sign-off');
    const from = day ? new Date(`${day}T00:00:00`) : undefined;
    const to = from ? new Date(from.getFullYear(), from.getMonth(), from.getDate() + 1) : undefined;
    return ctx.store.auditSearch({
      person,
      target: storyId !== undefined ? `story:${storyId}` : target,
      from: from?.toISOString(),
      to: to?.toISOString(),
      limit,
    });
  },
};
