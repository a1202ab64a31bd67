import { Editor, Element, Text } from 'slate';
import { LINE_BREAK, stripControls } from '../clean-text';
import { isTextBlock } from '../element-kinds';
import type { Normalizer } from './normalizer';
import { splitAt } from './raw-ops';

/**
 * Text never holds a line break or a control character. A break (CRLF, CR, LF, U+2028/9)
 * splits its block in two, which is what the writer meant; control characters are dropped.
 */
export const normalizeTextBreaks: Normalizer = (editor, [node, path]) => {
  if (!Text.isText(node)) return false;
  // A photo's text is replaced whole by its own rule.
  if (Editor.void(editor, { at: path })) return false;
  const found = LINE_BREAK.exec(node.text);
  if (found) {
    const offset = found.index;
    const block = Editor.above(editor, { at: path, match: isTextBlockNode });
    Editor.withoutNormalizing(editor, () => {
      editor.apply({ type: 'remove_text', path, offset, text: found[0] });
      // Stray text has no block to split yet; it is wrapped first and split on the next pass.
      if (block) splitAt(editor, path, offset, block[1]);
    });
    return true;
  }
  const clean = stripControls(node.text);
  if (clean === node.text) return false;
  Editor.withoutNormalizing(editor, () => {
    editor.apply({ type: 'remove_text', path, offset: 0, text: node.text });
    editor.apply({ type: 'insert_text', path, offset: 0, text: clean });
  });
  return true;
};

function isTextBlockNode(node: unknown): boolean {
  return Element.isElement(node) && isTextBlock(node);
}
