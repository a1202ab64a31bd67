import { Editor } from 'slate';
import type { Mark } from '../../../../shared/story/elements';

/** True when the next typed text (or the whole selection) carries the mark. */
export function isMarkActive(editor: Editor, mark: Mark): boolean {
  const marks = Editor.marks(editor);
  return marks?.[mark] === true;
}
