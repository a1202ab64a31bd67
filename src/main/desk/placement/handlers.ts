import { ApiError, because, type Handlers } from '../../../shared/contract';
import type { IssueSummary } from '../../../shared/model/issue';
import { composeStored } from '../../layout/compose-stored';
import { saveJumpMark } from '../../layout/mark-jump';
import { type HandlerContext, requirePermission } from '../context';
import { currentPaper, requireIssue, requirePage } from '../issue/lookup';
import { issueView } from '../layout/view';
import { visibleStory } from '../story/access';

/** A jump goes forward to a page of the same issue (下转第N版). */
function assertJump(issue: IssueSummary, page: number, jumpTo: number | null): void {
  if (jumpTo === null) return;
  if (jumpTo <= page) {
    throw new ApiError(
      'refused',
      `jumpTo: page ${jumpTo} is not after page ${page}; a story jumps to a later page`,
      'jumpTo',
      because('jump-not-later', { page, jumpTo }),
    );
  }
  requirePage(issue, jumpTo, 'jumpTo');
}

export const placementHandlers: Handlers<HandlerContext, 'placement.assign' | 'placement.remove'> =
  {
    'placement.assign': (
      { storyId, date, page, priority, jumpTo = null, mayJump, compose },
      ctx,
    ) => {
      requirePermission(ctx, 'page.edit');
      const story = visibleStory(ctx, storyId, 'storyId');
      if (story.status === 'spiked') {
        const why = because('story-spiked', { id: storyId });
        throw new ApiError(
          'refused',
          `story ${storyId} is spiked; restore it first`,
          'storyId',
          why,
        );
      }
      const issue = requireIssue(ctx, date);
      requirePage(issue, page);
      assertJump(issue, page, jumpTo);
      // Paper settings that leave no room to compose: refused before anything is placed.
      if (compose) currentPaper(ctx);
      const before = ctx.store.issues.placementOf(issue.id, storyId);
      const chosen = priority ?? story.priority;
      ctx.store.issues.place(issue.id, storyId, page, chosen, mayJump ? null : jumpTo);
      if (mayJump !== undefined) saveJumpMark(ctx.store, issue.id, storyId, mayJump, jumpTo);
      const movedFrom = before && before.page !== page ? before.page : null;
      const detail = [
        `${date} page ${page} (${chosen})`,
        jumpTo === null || mayJump ? '' : `, jumps to page ${jumpTo}`,
        mayJump ? `, may jump${jumpTo === null ? '' : ` to page ${jumpTo}`}` : '',
        movedFrom === null ? '' : `, moved from page ${movedFrom}`,
      ].join('');
      ctx.audit('placement.assign', `story:${storyId}`, detail);
      ctx.emit('issue.changed', { id: issue.id });
      ctx.emit('story.changed', { id: storyId });
      const placed = ctx.store.issues.placementOf(issue.id, storyId);
      if (!placed) throw new ApiError('internal', `placement of story ${storyId} vanished`);
      const { authorId: _authorId, ...placement } = placed;
      if (!compose) return { ...placement, movedFrom };
      return { ...placement, movedFrom, layout: issueView(ctx, composeStored(ctx.store, issue)) };
    },

    'placement.remove': ({ storyId, date }, ctx) => {
      requirePermission(ctx, 'page.edit');
      visibleStory(ctx, storyId, 'storyId');
      const issue = requireIssue(ctx, date);
      const placed = ctx.store.issues.placementOf(issue.id, storyId);
      if (!placed) {
        const why = because('not-placed', { id: storyId, date });
        throw new ApiError(
          'not-found',
          `story ${storyId} is not placed in ${date}`,
          'storyId',
          why,
        );
      }
      ctx.store.issues.unplace(issue.id, storyId);
      ctx.audit('placement.remove', `story:${storyId}`, `${date} page ${placed.page}`);
      ctx.emit('issue.changed', { id: issue.id });
      ctx.emit('story.changed', { id: storyId });
      return { removed: true as const, page: placed.page };
    },
  };
