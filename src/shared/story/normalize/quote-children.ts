import { Editor, Element } from 'slate';
import { isContainer, isTextBlock } from '../element-kinds';
import type { Normalizer } from './normalizer';
import { liftOut, setProps, unwrapAt } from './raw-ops';

/**
 * A quote holds paragraphs only: other text blocks become paragraphs, nested quotes and
 * lists are unwrapped into it, and photos are lifted out of it.
 */
export const normalizeQuoteChildren: Normalizer = (editor, [node, path]) => {
  if (!Element.isElement(node) || node.type !== 'block-quote') return false;
  const index = node.children.findIndex(
    (child) => Element.isElement(child) && child.type !== 'paragraph',
  );
  if (index < 0) return false;
  const child = node.children[index] as Element;
  const at = [...path, index];
  Editor.withoutNormalizing(editor, () => {
    if (isTextBlock(child)) setProps(editor, at, { type: 'paragraph' });
    else if (isContainer(child)) unwrapAt(editor, at);
    else liftOut(editor, at);
  });
  return true;
};
