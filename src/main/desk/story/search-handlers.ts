import type { Handlers } from '../../../shared/contract';
import { can } from '../../../shared/model/roles';
import { type HandlerContext, requireActor } from '../context';

export const searchHandlers: Handlers<HandlerContext, 'story.search'> = {
  /** Same visibility as story.list (a reporter sees own stories only), applied in SQL. */
  'story.search': ({ query, limit, deskDate }, ctx) => {
    const actor = requireActor(ctx);
    const authorId = can(actor.role, 'story.edit-any') ? undefined : actor.id;
    return ctx.store.search.search({ query, limit, deskDate, authorId });
  },
};
