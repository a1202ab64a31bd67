import { Editor } from 'slate';
import type { Mark } from '../../../../shared/story/elements';
import { isMarkActive } from '../queries/is-mark-active';

/** Bold or italic on or off, for the selection or for what is typed next. */
export function toggleMark(editor: Editor, mark: Mark): void {
  if (isMarkActive(editor, mark)) Editor.removeMark(editor, mark);
  else Editor.addMark(editor, mark, true);
}
