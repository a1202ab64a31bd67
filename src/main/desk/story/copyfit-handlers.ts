import type { Handlers } from '../../../shared/contract';
import { fullWidthDateline } from '../../../shared/story/dateline';
import { storyCopyfit } from '../../layout/story-copyfit';
import { type HandlerContext, requirePermission } from '../context';
import { visibleStory } from './access';

export const copyfitHandlers: Handlers<HandlerContext, 'story.copyfit' | 'story.setTarget'> = {
  // Read-only: whoever may see the story may see how it fits, with their unsaved text.
  'story.copyfit': ({ id, fields, document }, ctx) => {
    const story = visibleStory(ctx, id);
    const edited = fields && { ...fields, dateline: fullWidthDateline(fields.dateline) };
    return { placed: storyCopyfit(ctx.store, story, { fields: edited, document }) };
  },

  // 本稿需 N 字 is the desk's plan for the story, so whoever may edit pages sets it.
  'story.setTarget': ({ id, targetChars }, ctx) => {
    requirePermission(ctx, 'page.edit');
    visibleStory(ctx, id);
    ctx.store.stories.setTarget(id, targetChars);
    ctx.audit('story.target', `story:${id}`, targetChars === null ? 'none' : `${targetChars}`);
    ctx.emit('story.changed', { id });
    return visibleStory(ctx, id);
  },
};
