import { Editor, Element, Path, Range, Transforms } from 'slate';

/**
 * Enter as in Word/InCopy, where a crosshead's and a quote's "next style" is body text:
 * Enter at the end of a 小标题 or of a quote starts a body paragraph. Enter inside either
 * still splits it into two of the same kind.
 */
export function withBodyAfterBreak<T extends Editor>(editor: T): T {
  const { insertBreak } = editor;
  editor.insertBreak = () => {
    const kind = endOfBlockKind(editor);
    insertBreak();
    if (!kind || !editor.selection) return;
    const at = editor.selection.anchor.path;
    Editor.withoutNormalizing(editor, () => {
      if (kind === 'crosshead') {
        Transforms.setNodes(editor, { type: 'paragraph' }, { at: Path.parent(at) });
      } else {
        // The new paragraph is the quote's last child: lift it out after the quote.
        Transforms.liftNodes(editor, { at: Path.parent(at) });
      }
    });
  };
  return editor;
}

/** 'crosshead' or 'quote' when the caret sits at the end of one, else null. */
function endOfBlockKind(editor: Editor): 'crosshead' | 'quote' | null {
  const { selection } = editor;
  if (!selection || !Range.isCollapsed(selection)) return null;
  const block = Editor.above(editor, {
    match: (n) => Element.isElement(n) && Editor.isBlock(editor, n),
  });
  if (!block) return null;
  const [node, path] = block;
  if (!Element.isElement(node) || !Editor.isEnd(editor, selection.anchor, path)) return null;
  if (node.type === 'crosshead') return 'crosshead';
  const quote = Editor.above(editor, {
    at: path,
    match: (n) => Element.isElement(n) && n.type === 'block-quote',
  });
  if (!quote || node.type !== 'paragraph') return null;
  const [, quotePath] = quote;
  return Editor.isEnd(editor, selection.anchor, quotePath) ? 'quote' : null;
}
