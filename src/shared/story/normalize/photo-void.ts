import { Editor, Element, Text } from 'slate';
import { cleanLine } from '../clean-text';
import type { Normalizer } from './normalizer';
import { insertAt, removeAt, setProps } from './raw-ops';

/** A photo is void: exactly one empty, unmarked text child; caption and credit one line. */
export const normalizePhoto: Normalizer = (editor, [node, path]) => {
  if (!Element.isElement(node) || node.type !== 'photo') return false;
  const caption = cleanLine(node.caption ?? '');
  const credit = cleanLine(node.credit ?? '');
  if (caption !== node.caption || credit !== node.credit) {
    setProps(editor, path, { caption, credit });
    return true;
  }
  const children: unknown[] = node.children;
  const only = children[0];
  const valid =
    children.length === 1 &&
    Text.isText(only) &&
    only.text === '' &&
    Object.keys(only).length === 1;
  if (valid) return false;
  Editor.withoutNormalizing(editor, () => {
    for (let i = children.length - 1; i >= 0; i--) removeAt(editor, [...path, i]);
    insertAt(editor, [...path, 0], { text: '' });
  });
  return true;
};
