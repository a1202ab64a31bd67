// The composed issue as the acting profile may see it (a reporter: own stories' text only).

import type { IssueSummary } from '../../../shared/model/issue';
import { can } from '../../../shared/model/roles';
import type { StoredLayout } from '../../layout/compose-stored';
import { issueJson, pageJson } from '../../layout/to-json';
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
  };
}

export function issueView(ctx: HandlerContext, layout: StoredLayout, page?: number) {
  return issueJson(layout.summary, layout.pages, layout.composed, {
    ...options(ctx, layout),
    ...(page === undefined ? {} : { page }),
  });
}

export function pageView(ctx: HandlerContext, layout: StoredLayout, page: number) {
  const composed = layout.composed.pages.find((p) => p.number === page);
  const info = layout.pages.find((p) => p.number === page);
  if (!composed || !info) throw new Error(`page ${page} was not composed`);
  return pageJson(composed, info, options(ctx, layout));
}

export type { IssueSummary };
