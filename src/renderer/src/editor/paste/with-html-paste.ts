import { Editor, Range, Transforms } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { BodyBlock } from '../../../../shared/story/elements';
import { smartenBlocks } from '../../../../shared/story/smarten-story';
import { smartenText, type TypingStyle } from '../../../../shared/text/smart-quotes';
import { blocksFromHtml, blocksFromSlateFragment } from './pasted-blocks';

const FRAGMENT_TYPE = 'application/x-slate-fragment';
const FRAGMENT_ATTRIBUTE = /data-slate-fragment="([^"]+)"/;

/**
 * Pasting and dropping: our own copies keep photos (when valid), HTML from Word or the web
 * goes through DOMPurify and the mapper, anything else is plain text. Nothing pasted ever
 * reaches the page as HTML: the editor only renders story nodes. Text from elsewhere gets
 * the paper's curly quotes and dashes (`typing()`, type.smartQuotes); our own copies are
 * pasted as they are.
 */
export function withHtmlPaste<T extends Editor & ReactEditor>(
  editor: T,
  typing: () => TypingStyle = () => ({ smartQuotes: false, dash: 'em' }),
): T {
  editor.insertData = (data: DataTransfer) => {
    const html = data.getData('text/html');
    const encoded = data.getData(FRAGMENT_TYPE) || FRAGMENT_ATTRIBUTE.exec(html)?.[1];
    const own = encoded ? blocksFromSlateFragment(encoded) : null;
    const blocks = own ?? (html ? smartenBlocks(blocksFromHtml(html), typing()) : []);
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
    editor.insertText(smartenPlain(editor, text, typing()));
    return true;
  };
  return editor;
}

/** Pasted plain text curled line by line, the first line in the context of its paragraph. */
function smartenPlain(editor: Editor, text: string, style: TypingStyle): string {
  if (!style.smartQuotes) return text;
  const before = textBeforeCursor(editor);
  return text
    .split('\n')
    .map((line, i) => smartenText(line, style.dash, i === 0 ? before : ''))
    .join('\n');
}

function textBeforeCursor(editor: Editor): string {
  const { selection } = editor;
  if (!selection) return '';
  const point = Range.start(selection);
  const block = Editor.above(editor, {
    at: point,
    match: (n) => Editor.isBlock(editor, n as never),
  });
  return block
    ? Editor.string(editor, { anchor: Editor.start(editor, block[1]), focus: point })
    : '';
}

function insertBlocks(editor: Editor, blocks: BodyBlock[]): void {
  if (!editor.selection) Transforms.select(editor, Editor.end(editor, []));
  Transforms.insertFragment(editor, blocks);
}
