import { Editor, Element } from 'slate';
import type { Normalizer } from './normalizer';
import { setProps } from './raw-ops';

/** A list item outside a list (after a lift or a paste) becomes a paragraph. */
export const normalizeBodyChildren: Normalizer = (editor, [node]) => {
  if (!Editor.isEditor(node)) return false;
  const index = node.children.findIndex(
    (child) => Element.isElement(child) && child.type === 'list-item',
  );
  if (index < 0) return false;
  setProps(editor, [index], { type: 'paragraph' });
  return true;
};
