// Typewriter quotes and -- in a story's text, by the paper's style (shared/text/smart-
// quotes.ts): import applies it to the fields and the body once the file is read, paste to
// the blocks it inserts. Each text unit (a paragraph, a list item, a caption) is one run of
// context, so a quote after a bold word still closes.

import { needsSmartening, smartenText, type TypingStyle } from '../text/smart-quotes';
import type { AnyBodyBlock, StoryHead, StoryText } from './elements';

/** The fields whose text is set in type: the headline stack, byline and dateline. */
export const TEXT_FIELDS = ['kicker', 'headline', 'subhead', 'byline', 'dateline'] as const;

export function smartenHead<H extends StoryHead>(head: H, style: TypingStyle): H {
  if (!style.smartQuotes) return head;
  const out = { ...head };
  for (const key of TEXT_FIELDS) out[key] = smartenText(head[key], style.dash);
  return out;
}

/** The leaves of one text unit, each curled in the context of the leaves before it. */
export function smartenLeaves<L extends StoryText>(
  leaves: readonly L[],
  style: TypingStyle,
  before = '',
): L[] {
  if (!style.smartQuotes || !leaves.some((leaf) => needsSmartening(leaf.text))) return [...leaves];
  let context = before;
  return leaves.map((leaf) => {
    const text = smartenText(leaf.text, style.dash, context);
    context += text;
    return text === leaf.text ? leaf : { ...leaf, text };
  });
}

export function smartenBlocks<B extends AnyBodyBlock>(
  blocks: readonly B[],
  style: TypingStyle,
): B[] {
  if (!style.smartQuotes) return [...blocks];
  return blocks.map((block) => smartenBlock(block, style));
}

function smartenBlock<B extends AnyBodyBlock>(block: B, style: TypingStyle): B {
  const b = block as AnyBodyBlock;
  switch (b.type) {
    case 'paragraph':
    case 'crosshead':
      return { ...b, children: smartenLeaves(b.children, style) } as B;
    case 'block-quote':
    case 'bulleted-list':
    case 'numbered-list':
      return {
        ...b,
        children: b.children.map((child) => ({
          ...child,
          children: smartenLeaves(child.children, style),
        })),
      } as B;
    case 'photo':
      return {
        ...b,
        caption: smartenText(b.caption, style.dash),
        credit: smartenText(b.credit, style.dash),
      } as B;
  }
}
