import { createEditor, type Descendant } from 'slate';
import { describe, expect, it } from 'vitest';
import { moveToStoryEdge } from './move-to-story-edge';

function editorWith(texts: string[]) {
  const editor = createEditor();
  editor.children = texts.map(
    (text) => ({ type: 'paragraph', children: [{ text }] }) as Descendant,
  );
  return editor;
}

describe('moveToStoryEdge (Ctrl+Home / Ctrl+End)', () => {
  it('puts the caret at the end of the last block, past any chunk the browser has not laid out', () => {
    const editor = editorWith(['第一段', '第二段', '第三段全文完']);
    editor.selection = { anchor: { path: [0, 0], offset: 1 }, focus: { path: [0, 0], offset: 1 } };
    moveToStoryEdge(editor, 'end', false);
    expect(editor.selection).toEqual({
      anchor: { path: [2, 0], offset: 6 },
      focus: { path: [2, 0], offset: 6 },
    });
  });

  it('extends from the anchor with Shift, and goes to the start with Home', () => {
    const editor = editorWith(['第一段', '第二段']);
    editor.selection = { anchor: { path: [1, 0], offset: 2 }, focus: { path: [1, 0], offset: 2 } };
    moveToStoryEdge(editor, 'start', true);
    expect(editor.selection).toEqual({
      anchor: { path: [1, 0], offset: 2 },
      focus: { path: [0, 0], offset: 0 },
    });
    moveToStoryEdge(editor, 'start', false);
    expect(editor.selection).toEqual({
      anchor: { path: [0, 0], offset: 0 },
      focus: { path: [0, 0], offset: 0 },
    });
  });
});
