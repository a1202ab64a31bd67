import { HistoryEditor } from 'slate-history';
import type { StoryReactEditor } from './create-story-editor';
import type { EditorCommand } from './hotkeys';
import { moveToStoryEdge } from './transforms/move-to-story-edge';
import { toggleBlock } from './transforms/toggle-block';
import { toggleMark } from './transforms/toggle-mark';

/** Runs a toolbar or keyboard command on the editor. */
export function runCommand(editor: StoryReactEditor, command: EditorCommand): void {
  switch (command.kind) {
    case 'mark':
      toggleMark(editor, command.mark);
      return;
    case 'block':
      toggleBlock(editor, command.format);
      return;
    case 'undo':
      HistoryEditor.undo(editor);
      return;
    case 'redo':
      HistoryEditor.redo(editor);
      return;
    case 'story-edge':
      moveToStoryEdge(editor, command.edge, command.extend);
      return;
  }
}
