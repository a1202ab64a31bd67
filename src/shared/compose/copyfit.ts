// Copyfit of one placed story, for the story editor: the story alone on its page (and on
// the page it jumps to), in the modules the board composed for it. A part's lines depend
// only on its own text, priority, module, jump and the break token it starts from (each
// module is flowed on its own), so this gives the board's figures for the same text.

import type { FontSet } from '../typeset';
import { composeIssue } from './compose-issue';
import type { ComposeOptions } from './compose-page';
import type {
  ComposedModule,
  ComposePageInput,
  ModuleSpec,
  PageInfo,
  PlacedStoryInput,
} from './types';

export interface Copyfit {
  /** Grid lines the story runs past the end of its last module, and their 字数. */
  linesOver: number;
  charsOver: number;
  /** Grid lines left empty in the last module. */
  linesUnder: number;
}

export interface CopyfitInput {
  geometry: ComposePageInput['geometry'];
  paper: ComposePageInput['paper'];
  settings: ComposePageInput['settings'];
  /** The page holding part 1. */
  page: PageInfo;
  /** Part 1: the story, its priority and kind, its module and jump as placed. */
  story: PlacedStoryInput & { module: ModuleSpec };
  /** Where part 2 goes when the story jumps: that page, and its module when known. */
  jump?: { page: PageInfo; module?: ModuleSpec | undefined };
}

export function copyfitPlaced(
  input: CopyfitInput,
  fonts: FontSet,
  options: ComposeOptions = {},
): Copyfit {
  const { story, jump } = input;
  const pages: { page: PageInfo; stories: PlacedStoryInput[] }[] = [
    { page: input.page, stories: [story] },
  ];
  if (jump && story.jumpTo === jump.page.number) {
    pages.push({
      page: jump.page,
      stories: [
        {
          id: story.id,
          priority: story.priority,
          ...(jump.module ? { module: jump.module } : {}),
          // A placeholder: composeIssue hands over the real break token from part 1.
          continuation: { token: { block: 0, offset: 0 }, fromPage: input.page.number, part: 2 },
        },
      ],
    });
  }
  const composed = composeIssue(
    { geometry: input.geometry, paper: input.paper, settings: input.settings, pages },
    fonts,
    options,
  );
  return copyfitOf(composed.pages.flatMap((p) => p.modules).filter((m) => m.storyId === story.id));
}

/**
 * One story's figure from its composed parts: what runs over in any part, what is left
 * empty in the last part (a part that jumps on is full by definition).
 */
export function copyfitOf(parts: readonly ComposedModule[]): Copyfit {
  let linesOver = 0;
  let charsOver = 0;
  let last: ComposedModule | undefined;
  for (const part of parts) {
    linesOver += part.linesOver;
    charsOver += part.charsOver;
    if (!last || part.part > last.part) last = part;
  }
  return { linesOver, charsOver, linesUnder: last?.linesUnder ?? 0 };
}
