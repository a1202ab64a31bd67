import { Editor, Transforms } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { BodyBlock } from '../../../../shared/story/elements';
import { blocksFromHtml, blocksFromSlateFragment } from './pasted-blocks';

const FRAGMENT_TYPE = 'application/x-slate-fragment';
const FRAGMENT_ATTRIBUTE = /data-slate-fragment="([^"]+)"/;

/**
 * Pasting and dropping: our own copies keep photos (when valid), HTML from Word or the web
 * goes through DOMPurify and the mapper, anything else is plain text. Nothing pasted ever
 * reaches the page as HTML: the editor only renders story nodes.
 */
export function withHtmlPaste<T extends Editor & ReactEditor>(editor: T): T {
  editor.insertData = (data: DataTransfer) => {
    const html = data.getData('text/html');
    const encoded = data.getData(FRAGMENT_TYPE) || FRAGMENT_ATTRIBUTE.exec(html)?.[1];
    const own = encoded ? blocksFromSlateFragment(encoded) : null;
    const blocks = own ?? (html ? blocksFromHtml(html) : []);
    if (blocks.length > 0) {
      insertBlocks(editor, blocks);
      return;
    }
    editor.insertTextData(data);
  };
  // Plain text goes through insertText, whose line-break rule (withLineBreaks) makes a blank
  // line one paragraph break, as the old plain body had it.
  editor.insertTextData = (data: DataTransfer) => {
    const text = data.getData('text/plain');
    if (!text) return false;
    editor.insertText(text);
    return true;
  };
  return editor;
}

function insertBlocks(editor: Editor, blocks: BodyBlock[]): void {
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  Transforms.insertFragment(editor, blocks);
}
