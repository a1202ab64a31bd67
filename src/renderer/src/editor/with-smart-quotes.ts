import { Editor, Range } from 'slate';
import { curlQuote, type DashStyle, dashAfter } from '../../../shared/text/smart-quotes';

export interface SmartQuoteOptions {
  /** Read at each keystroke: false keeps typewriter quotes (the paper's choice). */
  enabled?: () => boolean;
  dash?: () => DashStyle;
}

/**
 * Straight quotes typed become curly (by the character before them, shared/text rule) and
 * a second hyphen turns -- into the paper's dash (—— after Chinese). Only single typed
 * characters: pasted text is handled by withHtmlPaste, imported text by story.import.
 */
export function withSmartQuotes<T extends Editor>(editor: T, options: SmartQuoteOptions = {}): T {
  const { insertText } = editor;
  editor.insertText = (text, insertOptions) => {
    const { selection } = editor;
    const on = options.enabled?.() ?? true;
    if (
      !on ||
      !selection ||
      !Range.isCollapsed(selection) ||
      (text !== '"' && text !== "'" && text !== '-')
    ) {
      insertText(text, insertOptions);
      return;
    }
    const block = Editor.above(editor, { match: (n) => Editor.isBlock(editor, n as never) });
    const start = block ? Editor.start(editor, block[1]) : Editor.start(editor, []);
    const before = Editor.string(editor, { anchor: start, focus: selection.anchor });
    if (text === '-') {
      if (before.endsWith('-')) {
        editor.deleteBackward('character');
        insertText(dashAfter(before.slice(0, -1), options.dash?.() ?? 'em'), insertOptions);
      } else insertText(text, insertOptions);
      return;
    }
    insertText(curlQuote(text, before), insertOptions);
  };
  return editor;
}
