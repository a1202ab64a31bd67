import { Editor, Transforms } from 'slate';

/**
 * Ctrl+Home / Ctrl+End (Shift extends), done in the model rather than left to the browser:
 * with blocks still waiting to mount or skipped by content-visibility, the browser's own
 * move stops at the last block it has laid out, not at the story's end.
 */
export function moveToStoryEdge(editor: Editor, edge: 'start' | 'end', extend: boolean): void {
  const point = edge === 'end' ? Editor.end(editor, []) : Editor.start(editor, []);
  if (extend && editor.selection)
    Transforms.select(editor, { anchor: editor.selection.anchor, focus: point });
  else Transforms.select(editor, point);
}
