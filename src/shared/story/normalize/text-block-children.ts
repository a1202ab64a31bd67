import { Editor, Element } from 'slate';
import { isTextBlock } from '../element-kinds';
import type { Normalizer } from './normalizer';
import { liftOut, unwrapAt } from './raw-ops';

/**
 * Paragraphs, crossheads and list items hold text only. A photo inside one is lifted out
 * (splitting the block); any other element is unwrapped so its text stays in place.
 */
export const normalizeTextBlockChildren: Normalizer = (editor, [node, path]) => {
  if (!Element.isElement(node) || !isTextBlock(node)) return false;
  const children: readonly unknown[] = node.children;
  const index = children.findIndex((child) => Element.isElement(child));
  if (index < 0) return false;
  const at = [...path, index];
  Editor.withoutNormalizing(editor, () => {
    if ((children[index] as Element).type === 'photo') liftOut(editor, at);
    else unwrapAt(editor, at);
  });
  return true;
};
