// The composed issue as the acting profile may see it (a reporter: own stories' text only).

import type { IssueSummary } from '../../../shared/model/issue';
import { can } from '../../../shared/model/roles';
import { proposals } from '../../layout/auto-layout';
import type { StoredLayout } from '../../layout/compose-stored';
import { layoutFonts } from '../../layout/fonts';
import { issueJson } from '../../layout/to-json';
import { isPinned } from '../../store/repos/placed-modules';
import { type HandlerContext, requireActor } from '../context';

function options(ctx: HandlerContext, layout: StoredLayout) {
  const actor = requireActor(ctx);
  const all = can(actor.role, 'story.edit-any');
  const author = new Map(layout.placements.map((p) => [p.storyId, p.authorId]));
  return {
    visible: (id: number) => all || author.get(id) === actor.id,
    fixed: (id: number, part: number) => {
      const saved = layout.saved.get(id);
      return part === 1 ? saved?.module !== undefined : saved?.continuation !== undefined;
    },
    pinned: (id: number, part: number) => isPinned(layout.saved.get(id), part),
    fonts: layoutFonts(),
    controls: (id: number) => layout.controls.get(id),
    mayJump: (id: number) => layout.saved.get(id)?.mayJump !== undefined,
  };
}

/** `toPage`: the page the editor named for jumps (layout.auto), else the next with room. */
export function issueView(
  ctx: HandlerContext,
  layout: StoredLayout,
  page?: number,
  toPage?: number,
) {
  return issueJson(layout.summary, layout.pages, layout.composed, {
    ...options(ctx, layout),
    ...(page === undefined ? {} : { page }),
    proposedJumps: proposals(layout, undefined, toPage).map((p) => ({
      ...p,
      storyId: Number(p.storyId),
    })),
  });
}

export type { IssueSummary };
