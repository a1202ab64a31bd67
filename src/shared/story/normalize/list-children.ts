import { Editor, Element } from 'slate';
import { isContainer, isList, isTextBlock } from '../element-kinds';
import type { Normalizer } from './normalizer';
import { liftOut, setProps, unwrapAt } from './raw-ops';

/**
 * A list holds list-items only: other text blocks become items, nested lists and quotes are
 * unwrapped into it (lists are one level deep), and photos are lifted out of it.
 */
export const normalizeListChildren: Normalizer = (editor, [node, path]) => {
  if (!Element.isElement(node) || !isList(node)) return false;
  const children: readonly unknown[] = node.children;
  const index = children.findIndex(
    (child) => Element.isElement(child) && child.type !== 'list-item',
  );
  if (index < 0) return false;
  const child = children[index] as Element;
  const at = [...path, index];
  Editor.withoutNormalizing(editor, () => {
    if (isTextBlock(child)) setProps(editor, at, { type: 'list-item' });
    else if (isContainer(child)) unwrapAt(editor, at);
    else liftOut(editor, at);
  });
  return true;
};
