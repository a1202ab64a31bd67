import type { Handlers } from '../../../shared/contract';
import { can } from '../../../shared/model/roles';
import { runPreflight } from '../../../shared/preflight';
import { composeStored } from '../../layout/compose-stored';
import { preflightInput } from '../../layout/preflight-input';
import { type HandlerContext, requireActor } from '../context';
import { currentPaper, requireIssue } from '../issue/lookup';

export const preflightHandlers: Handlers<HandlerContext, 'preflight.run'> = {
  /** Anyone may check; a reporter sees findings about own stories and whole pages only. */
  'preflight.run': ({ date }, ctx) => {
    const actor = requireActor(ctx);
    const issue = requireIssue(ctx, date);
    currentPaper(ctx);
    const layout = composeStored(ctx.store, issue);
    const found = runPreflight(preflightInput(ctx.store, layout));
    if (can(actor.role, 'story.edit-any')) return found;
    const own = new Set(
      layout.placements.filter((p) => p.authorId === actor.id).map((p) => p.storyId),
    );
    return found.filter((f) => f.storyId === null || own.has(f.storyId));
  },
};
