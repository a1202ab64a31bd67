import { HistoryEditor } from 'slate-history';

/**
 * Each IME commit (a word chosen from the candidates) is its own undo step, as in word
 * processors; without this slate-history merges it into the typing before it.
 */
export function startNewHistoryBatch(editor: HistoryEditor): void {
  HistoryEditor.setSplittingOnce(editor, true);
}
