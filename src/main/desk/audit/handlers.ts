import type { Handlers } from '../../../shared/contract';
import { type HandlerContext, requirePermission } from '../context';

export const auditHandlers: Handlers<HandlerContext, 'audit.list'> = {
  'audit.list': ({ limit }, ctx) => {
    requirePermission(ctx, 'story.edit-any');
    return ctx.store.audit.recent(limit);
  },
};
