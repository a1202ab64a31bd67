import type { Handlers } from '../../../shared/contract';
import { requirePlacement } from '../../layout/edit-modules';
import { markJump } from '../../layout/mark-jump';
import { type HandlerContext, requirePermission } from '../context';
import { currentPaper, requireIssue, requirePage } from '../issue/lookup';
import { visibleStory } from '../story/access';
import { issueView } from './view';

export const jumpHandlers: Handlers<HandlerContext, 'layout.markJump'> = {
  'layout.markJump': ({ date, storyId, mayJump, toPage }, ctx) => {
    requirePermission(ctx, 'page.edit');
    visibleStory(ctx, storyId, 'storyId');
    const issue = requireIssue(ctx, date);
    if (toPage !== undefined) requirePage(issue, toPage, 'toPage');
    currentPaper(ctx);
    const placed = requirePlacement(ctx.store, issue, storyId);
    const layout = markJump(ctx.store, issue, placed, mayJump, toPage);
    const where = toPage === undefined ? '' : ` to page ${toPage}`;
    ctx.audit(
      'layout.change',
      `story:${storyId}`,
      `${date} page ${placed.page}: ${mayJump ? `may jump${where}` : 'no jump mark'}`,
    );
    ctx.emit('issue.changed', { id: issue.id });
    return issueView(ctx, layout);
  },
};
