import { nextIssueNumber } from '../../../shared/calendar';
import { ApiError, because, type Handlers } from '../../../shared/contract';
import { DEFAULT_PAGE_COUNT } from '../../../shared/model/issue';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { fullIssue, requireIssue } from './lookup';

export const issueHandlers: Handlers<
  HandlerContext,
  'issue.create' | 'issue.get' | 'issue.list' | 'issue.update'
> = {
  'issue.create': ({ date, number, pages }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const existing = ctx.store.issues.get(date);
    if (existing) {
      throw new ApiError(
        'conflict',
        `issue ${date} exists already (第${existing.number}期)`,
        'date',
        because('issue-exists', { date, number: existing.number }),
      );
    }
    // 总期号 counts on from the issue before this date, so a back-filled day fits in.
    const chosen = number ?? nextIssueNumber(ctx.store.issues.previous(date)?.number);
    const pageCount = pages ?? DEFAULT_PAGE_COUNT;
    const language = ctx.store.settings.all()['paper.language'];
    const id = ctx.store.issues.create(date, chosen, pageCount, ctx.now, language);
    ctx.audit('issue.create', `issue:${date}`, `第${chosen}期, ${pageCount} pages`);
    ctx.emit('issue.changed', { id });
    return fullIssue(ctx, requireIssue(ctx, date));
  },

  'issue.get': ({ date }, ctx) => {
    requireActor(ctx);
    return fullIssue(ctx, requireIssue(ctx, date));
  },

  'issue.list': (_args, ctx) => {
    requireActor(ctx);
    return ctx.store.issues.list();
  },

  'issue.update': ({ date, number, pages }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const issue = requireIssue(ctx, date);
    const changes: string[] = [];
    if (pages !== undefined && pages !== issue.pageCount) {
      if (pages < issue.pageCount) assertDroppable(ctx, issue.id, date, pages);
      const language = ctx.store.settings.all()['paper.language'];
      ctx.store.issues.setPageCount(issue.id, issue.pageCount, pages, language);
      changes.push(`pages ${issue.pageCount} -> ${pages}`);
    }
    if (number !== undefined && number !== issue.number) {
      ctx.store.issues.setNumber(issue.id, number);
      changes.push(`number ${issue.number} -> ${number}`);
    }
    if (changes.length > 0) {
      ctx.audit('issue.update', `issue:${date}`, changes.join('; '));
      ctx.emit('issue.changed', { id: issue.id });
    }
    return fullIssue(ctx, requireIssue(ctx, date));
  },
};

/** Dropping pages must not drop a story nor leave a jump pointing at a page that is gone. */
function assertDroppable(ctx: HandlerContext, issueId: number, date: string, keep: number): void {
  const all = ctx.store.issues.placements(issueId);
  const on = all.filter((p) => p.page > keep);
  if (on.length > 0) {
    const pages = [...new Set(on.map((p) => p.page))];
    const what =
      on.length === 1
        ? `page ${pages[0]} holds story ${on[0]?.storyId}`
        : `${pages.length === 1 ? 'page' : 'pages'} ${pages.join(', ')} hold stories ${on.map((p) => p.storyId).join(', ')}`;
    throw new ApiError(
      'refused',
      `pages: ${what} of ${date}; move or remove ${on.length === 1 ? 'it' : 'them'} first`,
      'pages',
      because('pages-hold-stories', { pages: pages.join(', '), count: on.length }),
    );
  }
  const jumping = all.filter((p) => p.jumpTo !== null && p.jumpTo > keep);
  if (jumping.length > 0) {
    const first = jumping[0] as (typeof jumping)[number];
    throw new ApiError(
      'refused',
      `pages: story ${first.storyId} jumps to page ${first.jumpTo} of ${date}; change its jump first`,
      'pages',
      because('pages-hold-jump', { id: first.storyId, page: first.jumpTo ?? 0 }),
    );
  }
}
