import { pageTarget } from '../../../shared/model/page-signoff';
import type { Profile } from '../../../shared/model/profile';
import type { Story } from '../../../shared/model/story';
import type { HandlerContext } from '../context';

/**
 * A story saved with new content while it sits on a page that has been approved: the page
 * that was approved is no longer the page that would print. The change is recorded on every
 * such page (its own and the one it jumps to) for the chief to see, and a standing approval
 * is withdrawn, audited as done by whoever changed the story.
 */
export function withdrawOnChange(
  ctx: HandlerContext,
  actor: Profile,
  storyId: number,
  from: number,
  to: number,
): void {
  const signoff = ctx.store.pageSignoff;
  for (const held of signoff.storyPages(storyId)) {
    if (!held.ever) continue;
    signoff.recordChange(held.pageId, storyId, from, to, actor.id, ctx.now);
    if (!held.approved) continue;
    signoff.withdraw(held.pageId, actor.id, ctx.now, '');
    ctx.audit(
      'page.withdraw',
      pageTarget(held.date, held.page),
      `story ${storyId} changed (version ${from} -> ${to}) by ${actor.name}`,
    );
    const issue = ctx.store.issues.get(held.date);
    if (issue) ctx.emit('issue.changed', { id: issue.id });
  }
}

/** Whether two versions print the same: the headline stack, byline, dateline and body. */
export function sameContent(a: Story, b: Story): boolean {
  const print = (s: Story) =>
    JSON.stringify([s.kicker, s.headline, s.subhead, s.byline, s.dateline, s.document]);
  return print(a) === print(b);
}
