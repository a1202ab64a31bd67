import type { Handlers } from '../../../shared/contract';
import { autoLayout } from '../../layout/auto-layout';
import { composeStored } from '../../layout/compose-stored';
import {
  linkJump,
  requirePlacement,
  setModule,
  setPinned,
  unlinkJump,
} from '../../layout/edit-modules';
import { previewModule } from '../../layout/preview-module';
import { type HandlerContext, requireActor, requirePermission } from '../context';
import { currentPaper, requireIssue, requirePage } from '../issue/lookup';
import { visibleStory } from '../story/access';
import { moduleControlsHandlers } from './controls-handlers';
import { jumpHandlers } from './jump-handlers';
import { issueView } from './view';

type LayoutNames =
  | 'layout.compose'
  | 'layout.auto'
  | 'layout.setModule'
  | 'layout.preview'
  | 'layout.pin'
  | 'layout.linkJump'
  | 'layout.unlinkJump';

/** Checks shared by every layout call: the issue exists and the paper settings are usable. */
function issueOf(ctx: HandlerContext, date: string, page?: number) {
  const issue = requireIssue(ctx, date);
  if (page !== undefined) requirePage(issue, page);
  currentPaper(ctx);
  return issue;
}

function changed(ctx: HandlerContext, issueId: number, target: string, detail: string) {
  ctx.audit('layout.change', target, detail);
  ctx.emit('issue.changed', { id: issueId });
}

const layoutOnly: Handlers<HandlerContext, LayoutNames> = {
  'layout.compose': ({ date, page }, ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx, date, page);
    return issueView(ctx, composeStored(ctx.store, issue), page);
  },

  'layout.auto': ({ date, page, jump, toPage, whole }, ctx) => {
    requirePermission(ctx, 'page.edit');
    const issue = issueOf(ctx, date, page);
    if (toPage !== undefined) requirePage(issue, toPage, 'toPage');
    const layout = autoLayout(ctx.store, issue, page, {
      jump: jump === true,
      ...(toPage === undefined ? {} : { toPage }),
    });
    changed(
      ctx,
      issue.id,
      `issue:${date}`,
      page === undefined ? 'auto-layout' : `auto-layout page ${page}`,
    );
    return issueView(ctx, layout, whole ? undefined : page, toPage);
  },

  'layout.setModule': ({ date, storyId, part = 1, module }, ctx) => {
    requirePermission(ctx, 'page.edit');
    visibleStory(ctx, storyId, 'storyId');
    const issue = issueOf(ctx, date);
    const placed = requirePlacement(ctx.store, issue, storyId);
    const { layout, page } = setModule(ctx.store, issue, placed, part, module);
    const m = module;
    changed(
      ctx,
      issue.id,
      `story:${storyId}`,
      `${date} page ${page} part ${part}: module ${m.col},${m.line} ${m.cols}x${m.lines}`,
    );
    return issueView(ctx, layout);
  },

  // Read-only, for the board while a module is dragged: whoever may compose the page.
  'layout.preview': ({ date, storyId, part = 1, module }, ctx) => {
    requireActor(ctx);
    const issue = issueOf(ctx, date);
    const placed = requirePlacement(ctx.store, issue, storyId);
    return previewModule(ctx.store, issue, placed, part, module);
  },

  'layout.pin': ({ date, storyId, part = 1, pinned }, ctx) => {
    requirePermission(ctx, 'page.edit');
    visibleStory(ctx, storyId, 'storyId');
    const issue = issueOf(ctx, date);
    const placed = requirePlacement(ctx.store, issue, storyId);
    const { layout, page } = setPinned(ctx.store, issue, placed, part, pinned);
    changed(
      ctx,
      issue.id,
      `story:${storyId}`,
      `${date} page ${page} part ${part}: ${pinned ? 'pinned' : 'unpinned'}`,
    );
    return issueView(ctx, layout);
  },

  'layout.linkJump': ({ date, storyId, toPage }, ctx) => {
    requirePermission(ctx, 'page.edit');
    visibleStory(ctx, storyId, 'storyId');
    const issue = issueOf(ctx, date);
    const placed = requirePlacement(ctx.store, issue, storyId);
    const layout = linkJump(ctx.store, issue, placed, toPage);
    changed(
      ctx,
      issue.id,
      `story:${storyId}`,
      `${date} jumps from page ${placed.page} to ${toPage}`,
    );
    ctx.emit('story.changed', { id: storyId });
    return issueView(ctx, layout);
  },

  'layout.unlinkJump': ({ date, storyId }, ctx) => {
    requirePermission(ctx, 'page.edit');
    visibleStory(ctx, storyId, 'storyId');
    const issue = issueOf(ctx, date);
    const placed = requirePlacement(ctx.store, issue, storyId);
    const layout = unlinkJump(ctx.store, issue, placed);
    changed(ctx, issue.id, `story:${storyId}`, `${date} no longer jumps`);
    ctx.emit('story.changed', { id: storyId });
    return issueView(ctx, layout);
  },
};

export const layoutHandlers = { ...layoutOnly, ...moduleControlsHandlers, ...jumpHandlers };
