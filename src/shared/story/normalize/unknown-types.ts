import { Element } from 'slate';
import { isKnownType } from '../element-kinds';
import type { Normalizer } from './normalizer';
import { setProps } from './raw-ops';

/** An element of a type we do not know (old data, a paste) becomes a paragraph. */
export const normalizeUnknownTypes: Normalizer = (editor, [node, path]) => {
  if (!Element.isElement(node) || isKnownType(node.type)) return false;
  setProps(editor, path, { type: 'paragraph' });
  return true;
};
