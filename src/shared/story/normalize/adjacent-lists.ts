import { Editor, Element } from 'slate';
import { isList } from '../element-kinds';
import type { Normalizer } from './normalizer';

/**
 * Two lists of the same kind side by side are one list. Markdown cannot tell them apart,
 * so merging keeps the document and its .md file the same thing.
 */
export const normalizeAdjacentLists: Normalizer = (editor, [node]) => {
  if (!Editor.isEditor(node)) return false;
  const index = node.children.findIndex((child, i) => {
    const next = node.children[i + 1];
    return Element.isElement(child) && isList(child) && next !== undefined && sameType(child, next);
  });
  const first = node.children[index];
  if (index < 0 || !Element.isElement(first)) return false;
  editor.apply({
    type: 'merge_node',
    path: [index + 1],
    position: first.children.length,
    properties: {},
  });
  return true;
};

function sameType(a: Element, b: unknown): boolean {
  return Element.isElement(b) && b.type === a.type;
}
