import { Editor, Element } from 'slate';
import type { BlockFormat } from '../block-formats';

/** True when a block of this format holds the selection. */
export function isBlockActive(editor: Editor, format: BlockFormat): boolean {
  const { selection } = editor;
  if (!selection) return false;
  const [match] = Editor.nodes(editor, {
    at: Editor.unhangRange(editor, selection),
    match: (node) => Element.isElement(node) && node.type === format,
  });
  return match !== undefined;
}
