import { Editor } from 'slate';

const BREAKS = /(?:\r\n|[\r\n\u2028\u2029])+/;

/**
 * Typed or dropped text with line breaks starts new paragraphs where the breaks are; a run
 * of breaks (a blank line) is one paragraph break, as in the old plain body.
 */
export function withLineBreaks<T extends Editor>(editor: T): T {
  const { insertText } = editor;
  editor.insertText = (text, options) => {
    if (!BREAKS.test(text)) {
      insertText(text, options);
      return;
    }
    const parts = text.split(BREAKS);
    Editor.withoutNormalizing(editor, () => {
      parts.forEach((part, index) => {
        if (index > 0) editor.insertBreak();
        if (part) insertText(part, options);
      });
    });
  };
  return editor;
}
