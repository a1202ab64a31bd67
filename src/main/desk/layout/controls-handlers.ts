import type { Handlers } from '../../../shared/contract';
import { requirePlacement } from '../../layout/edit-modules';
import { setControls } from '../../layout/set-controls';
import { type HandlerContext, requirePermission } from '../context';
import { requireIssue } from '../issue/lookup';
import { visibleStory } from '../story/access';
import { issueView } from './view';

/** The board's per-module controls (issue 12, point 6): editors and up. */
export const moduleControlsHandlers: Handlers<HandlerContext, 'layout.setControls'> = {
  'layout.setControls': ({ date, storyId, controls, pinned = true }, ctx) => {
    requirePermission(ctx, 'page.edit');
    visibleStory(ctx, storyId, 'storyId');
    const issue = requireIssue(ctx, date);
    const placed = requirePlacement(ctx.store, issue, storyId);
    const layout = setControls(ctx.store, issue, placed, controls, pinned);
    ctx.audit(
      'layout.change',
      `story:${storyId}`,
      `${date} page ${placed.page}: controls ${JSON.stringify(controls)}${pinned ? ', pinned' : ''}`,
    );
    ctx.emit('issue.changed', { id: issue.id });
    return issueView(ctx, layout);
  },
};
