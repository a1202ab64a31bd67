import type { Handlers } from '../../../shared/contract';
import type { HandlerContext } from '../context';
import { fileStory } from './file-story';
import type { PreparedImport } from './import-prepare';

export const importHandlers: Handlers<HandlerContext, 'story.import'> = {
  // The file was read before the transaction (desk/preparers.ts); this half only writes.
  'story.import': (args, ctx) => {
    const { story, images } = ctx.prepared as PreparedImport;
    const created = fileStory(ctx, args.fileName, story, images, args);
    return { ...created, notices: story.notices };
  },
};
