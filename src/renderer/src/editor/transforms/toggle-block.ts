import { Editor, Element, Transforms } from 'slate';
import { isList, isTextBlock } from '../../../../shared/story/element-kinds';
import type { BlockFormat } from '../block-formats';
import { isBlockActive } from '../queries/is-block-active';

/**
 * Turns the selected blocks into a crosshead, a quote or a list, or back into paragraphs
 * when they already are one (as Slate's rich-text example does). Photos are left alone;
 * the normalization lifts one that ends up inside a list or a quote.
 */
export function toggleBlock(editor: Editor, format: BlockFormat): void {
  const active = isBlockActive(editor, format);
  const wraps = format !== 'crosshead';
  Editor.withoutNormalizing(editor, () => {
    Transforms.unwrapNodes(editor, {
      match: (node) => Element.isElement(node) && (isList(node) || node.type === 'block-quote'),
      split: true,
    });
    const type = active ? 'paragraph' : textTypeFor(format);
    Transforms.setNodes(
      editor,
      { type },
      { match: (node) => Element.isElement(node) && isTextBlock(node) },
    );
    if (!active && wraps) {
      Transforms.wrapNodes(editor, { type: format, children: [] } as Element, {
        match: (node) => Element.isElement(node) && isTextBlock(node),
      });
    }
  });
}

function textTypeFor(format: BlockFormat): 'paragraph' | 'crosshead' | 'list-item' {
  if (format === 'crosshead') return 'crosshead';
  return format === 'block-quote' ? 'paragraph' : 'list-item';
}
