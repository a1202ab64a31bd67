import { ApiError, because, type Handlers } from '../../../shared/contract';
import {
  nextProofRound,
  type PageSignoff,
  pageTarget,
  roundName,
} from '../../../shared/model/page-signoff';
import { can } from '../../../shared/model/roles';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { requireIssue, requirePage } from '../issue/lookup';
import { furnitureHandlers } from './furniture-handlers';

type Names = 'page.signoff' | 'page.proof' | 'page.approve' | 'page.withdraw' | 'page.ofStory';

/** The page of a date's issue, checked: the issue's id and the page's state now. */
function pageOf(ctx: HandlerContext, date: string, page: number) {
  const issue = requireIssue(ctx, date);
  requirePage(issue, page);
  return { issueId: issue.id, state: ctx.store.pageSignoff.state(issue.id, page) };
}

function refuseApproved(state: PageSignoff, field?: string): void {
  if (state.approved) {
    throw new ApiError(
      'refused',
      `page ${state.page} is approved; withdraw the approval first`,
      field,
      because('page-approved', { page: state.page }),
    );
  }
}

/** A reporter sees the pages' state, but only the changes to own stories. */
function visibleChanges(ctx: HandlerContext, state: PageSignoff): PageSignoff {
  const actor = requireActor(ctx);
  if (can(actor.role, 'story.edit-any')) return state;
  const own = state.changes.filter((c) => ctx.store.stories.get(c.storyId)?.authorId === actor.id);
  return { ...state, changes: own };
}

const signoffHandlers: Handlers<HandlerContext, Names> = {
  'page.signoff': ({ date }, ctx) => {
    requireActor(ctx);
    const issue = requireIssue(ctx, date);
    const pages: PageSignoff[] = [];
    for (let n = 1; n <= issue.pageCount; n++) {
      pages.push(visibleChanges(ctx, ctx.store.pageSignoff.state(issue.id, n)));
    }
    return { required: ctx.store.settings.all()['print.approval'] === 'required', pages };
  },

  'page.proof': ({ date, page, round }, ctx) => {
    const actor = requirePermission(ctx, 'page.proof');
    const { issueId, state } = pageOf(ctx, date, page);
    refuseApproved(state);
    if (state.proofs.some((p) => p.round === round)) {
      throw new ApiError(
        'refused',
        `page ${page}: ${roundName(round)} is ticked already`,
        'round',
        because('proof-ticked', { page, round }),
      );
    }
    const next = nextProofRound(state.proofs);
    if (next !== round) {
      throw new ApiError(
        'refused',
        `page ${page}: ${roundName(next ?? 3)} comes before ${roundName(round)}`,
        'round',
        because('proof-out-of-order', { page, round, next: next ?? 3 }),
      );
    }
    ctx.store.pageSignoff.tick(issueId, page, round, actor.id, ctx.now);
    ctx.audit('page.proof', pageTarget(date, page), roundName(round));
    ctx.emit('issue.changed', { id: issueId });
    return ctx.store.pageSignoff.state(issueId, page);
  },

  'page.approve': ({ date, page }, ctx) => {
    const actor = requirePermission(ctx, 'page.approve');
    const { issueId, state } = pageOf(ctx, date, page);
    refuseApproved(state);
    const missing = nextProofRound(state.proofs);
    if (missing !== null) {
      throw new ApiError(
        'refused',
        `page ${page} is not proofread: ${roundName(missing)} is not ticked`,
        'page',
        because('proof-missing', { page, round: missing }),
      );
    }
    ctx.store.pageSignoff.approve(issueId, page, actor.id, ctx.now);
    const seen = state.changes.length === 0 ? '' : `; ${state.changes.length} changes seen`;
    ctx.audit('page.approve', pageTarget(date, page), `approved${seen}`);
    ctx.emit('issue.changed', { id: issueId });
    return ctx.store.pageSignoff.state(issueId, page);
  },

  'page.withdraw': ({ date, page, note }, ctx) => {
    const actor = requirePermission(ctx, 'page.approve');
    const { issueId } = pageOf(ctx, date, page);
    const pageId = ctx.store.pageSignoff.pageId(issueId, page);
    if (!ctx.store.pageSignoff.withdraw(pageId, actor.id, ctx.now, note ?? '')) {
      throw new ApiError(
        'refused',
        `page ${page} is not approved`,
        'page',
        because('page-not-approved', { page }),
      );
    }
    ctx.audit('page.withdraw', pageTarget(date, page), note ? `withdrawn: ${note}` : 'withdrawn');
    ctx.emit('issue.changed', { id: issueId });
    return ctx.store.pageSignoff.state(issueId, page);
  },

  'page.ofStory': ({ storyId }, ctx) => {
    const actor = requireActor(ctx);
    const story = ctx.store.stories.get(storyId);
    if (!story || !(can(actor.role, 'story.edit-any') || story.authorId === actor.id)) {
      throw new ApiError(
        'not-found',
        `no story ${storyId}`,
        'storyId',
        because('story-missing', { id: storyId }),
      );
    }
    return ctx.store.pageSignoff
      .storyPages(storyId)
      .map(({ date, page, approved }) => ({ date, page, approved }));
  },
};

/** Every page.* handler: furniture and sign-off. */
export const pageHandlers = { ...furnitureHandlers, ...signoffHandlers };
