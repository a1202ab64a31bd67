// The text of blocks without marks: for counting, search and plain-text export.

import type { AnyBodyBlock, StoryText } from './elements';

export function leavesText(leaves: readonly StoryText[]): string {
  return leaves.map((leaf) => leaf.text).join('');
}

/**
 * Each text unit of a block (a paragraph, each quoted paragraph, each list item, a photo's
 * caption), so that callers keep the units apart.
 */
export function blockTexts(block: AnyBodyBlock): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'crosshead':
      return [leavesText(block.children)];
    case 'block-quote':
    case 'bulleted-list':
    case 'numbered-list':
      return block.children.map((child) => leavesText(child.children));
    case 'photo':
      return [block.caption];
  }
}

/** Characters of text in the body (UTF-16 units), for the size ceiling. */
export function bodyTextLength(body: readonly AnyBodyBlock[]): number {
  return body.flatMap(blockTexts).reduce((sum, unit) => sum + unit.length, 0);
}
