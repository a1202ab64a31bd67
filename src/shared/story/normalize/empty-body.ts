import { Editor } from 'slate';
import type { Normalizer } from './normalizer';
import { insertAt } from './raw-ops';

/** An empty body holds one empty paragraph, so there is always somewhere to type. */
export const normalizeEmptyBody: Normalizer = (editor, [node]) => {
  if (!Editor.isEditor(node) || node.children.length > 0) return false;
  insertAt(editor, [0], { type: 'paragraph', children: [{ text: '' }] });
  return true;
};
