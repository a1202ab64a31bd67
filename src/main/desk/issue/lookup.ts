import { ApiError, because } from '../../../shared/contract';
import { type Issue, type IssueSummary, noIssueMessage } from '../../../shared/model/issue';
import { paperSize } from '../../../shared/model/paper-size';
import { can } from '../../../shared/model/roles';
import type { HandlerContext } from '../context';

/** The issue of a date, or 'not-found' naming the date. */
export function requireIssue(ctx: HandlerContext, date: string): IssueSummary {
  const issue = ctx.store.issues.get(date);
  if (!issue)
    throw new ApiError('not-found', noIssueMessage(date), 'date', because('no-issue', { date }));
  return issue;
}

/** A page number of this issue, or a refusal naming the field and the issue's page count. */
export function requirePage(issue: IssueSummary, page: number, field = 'page'): void {
  if (page < 1 || page > issue.pageCount) {
    const prefix = field === 'page' ? '' : `${field}: `;
    throw new ApiError(
      'refused',
      `${prefix}page ${page}: issue ${issue.date} has ${issue.pageCount} pages`,
      field,
      because('no-page', { page, date: issue.date, count: issue.pageCount }),
    );
  }
}

/** The paper as set now; a setting that leaves no room is a refusal naming it. */
export function currentPaper(ctx: HandlerContext): Issue['paper'] {
  try {
    return paperSize(ctx.store.issues.paperSettings());
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const field = error.message.split(':')[0];
    throw new ApiError(
      'refused',
      error.message,
      field,
      because('bad-setting', { field: field ?? '' }),
    );
  }
}

/** The whole issue as the actor may see it: a reporter sees only own stories placed (as in
 * story/access.ts canSee). */
export function fullIssue(ctx: HandlerContext, summary: IssueSummary): Issue {
  const { actor } = ctx;
  const placements = ctx.store.issues
    .placements(summary.id)
    .filter((p) => actor && (can(actor.role, 'story.edit-any') || p.authorId === actor.id))
    .map(({ authorId: _authorId, ...placement }) => placement);
  return {
    ...summary,
    pages: ctx.store.issues.pages(summary.id),
    placements,
    paper: currentPaper(ctx),
  };
}
