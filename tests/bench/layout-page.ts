// The seven-story broadsheet page the layout bench times (and its peer: the same page with
// every module given, so only the search differs): a lead with a photo, a commentary, two
// news stories and three briefs, as a night editor's page 1.

import { composePage } from '../../src/shared/compose/compose-page';
import { pageInput, story } from '../../src/shared/compose/test-support';
import type { PlacedStoryInput, Priority, StoryKind } from '../../src/shared/compose/types';
import { type FontSet, TypesetSession } from '../../src/shared/typeset';

function placed(id: string, chars: number, priority: Priority, seed: number, kind?: StoryKind) {
  const s = story(`${id}新闻标题`, chars, seed);
  if (priority === 'lead')
    s.blocks.unshift({ kind: 'photo', aspectRatio: 2.2, caption: [{ text: '图为现场' }] });
  return { id, story: s, priority, ...(kind ? { kind } : {}) } satisfies PlacedStoryInput;
}

export const SEVEN: PlacedStoryInput[] = [
  placed('头条', 1400, 'lead', 1),
  placed('评论', 900, 'normal', 2, 'commentary'),
  placed('要闻甲', 900, 'normal', 3),
  placed('要闻乙', 1000, 'normal', 4),
  placed('简讯一', 220, 'brief', 5),
  placed('简讯二', 260, 'brief', 6),
  placed('简讯三', 200, 'brief', 7),
];

/**
 * Auto-layout of the seven stories, and the same page with the modules it chose given;
 * both with the prepared text kept between runs, as the desk keeps it.
 */
export function sevenStoryPage(fonts: FontSet) {
  const session = new TypesetSession(fonts);
  const auto = () => composePage(pageInput(1, SEVEN), fonts, { session });
  const byId = new Map(auto().modules.map((m) => [m.storyId, m.module]));
  const fixed = SEVEN.map((s) => ({ ...s, module: byId.get(s.id) }));
  return { auto, fixed: () => composePage(pageInput(1, fixed), fonts, { session }) };
}
