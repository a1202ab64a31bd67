import { Range, Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { StoryReactEditor } from './create-story-editor';

/**
 * slate-react reads the DOM selection on `selectionchange`, throttled: a shortcut pressed
 * right after Shift+Arrow would act on the old selection. Commands take the DOM's first.
 */
export function syncDomSelection(editor: StoryReactEditor): void {
  const dom = window.getSelection();
  if (!dom || dom.rangeCount === 0 || !ReactEditor.isFocused(editor)) return;
  const range = ReactEditor.toSlateRange(editor, dom, { exactMatch: false, suppressThrow: true });
  if (range && !(editor.selection && Range.equals(range, editor.selection))) {
    Transforms.select(editor, range);
  }
}
