import { Editor, Element, type Node, Text } from 'slate';
import { isList } from '../element-kinds';
import type { Normalizer } from './normalizer';
import { insertAt, removeAt } from './raw-ops';

/**
 * Text directly in the body, a quote or a list is wrapped in a paragraph (a list-item in a
 * list). Slate's own rule would delete it; we keep the words.
 */
export const normalizeStrayText: Normalizer = (editor, [node, path]) => {
  const holdsBlocks = Editor.isEditor(node) || (Element.isElement(node) && isBlockParent(node));
  if (!holdsBlocks) return false;
  const children: Node[] = node.children;
  const start = children.findIndex((child) => Text.isText(child));
  if (start < 0) return false;
  let end = start;
  while (end < children.length && Text.isText(children[end])) end++;
  const run = children.slice(start, end) as Text[];
  const type = Element.isElement(node) && isList(node) ? 'list-item' : 'paragraph';
  Editor.withoutNormalizing(editor, () => {
    for (let i = end - 1; i >= start; i--) removeAt(editor, [...path, i]);
    insertAt(editor, [...path, start], { type, children: run });
  });
  return true;
};

function isBlockParent(element: Element): boolean {
  return element.type === 'block-quote' || isList(element);
}
