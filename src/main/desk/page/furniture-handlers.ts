import type { Handlers } from '../../../shared/contract';
import { type HandlerContext, requirePermission } from '../context';
import { requireIssue, requirePage } from '../issue/lookup';

/** Page furniture: 版名 and the page's editors; what is left out is kept. */
export const furnitureHandlers: Handlers<HandlerContext, 'page.set'> = {
  'page.set': ({ date, page, ...fields }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const issue = requireIssue(ctx, date);
    requirePage(issue, page);
    const given = Object.entries(fields).filter(([, value]) => value !== undefined);
    const result = ctx.store.issues.setPage(issue.id, page, Object.fromEntries(given));
    if (given.length > 0) {
      const detail = given.map(([key, value]) => `${key}=${value}`).join(', ');
      ctx.audit('page.set', `issue:${date}`, `page ${page}: ${detail}`);
      ctx.emit('issue.changed', { id: issue.id });
    }
    return result;
  },
};
