import { createEditor, Editor, Transforms } from 'slate';
import { withHistory } from 'slate-history';
import { describe, expect, it } from 'vitest';
import type { StoryElement } from '../elements';
import { withStoryNormalization } from './with-story-normalization';

function editorWith(children: StoryElement[]) {
  const editor = withStoryNormalization(withHistory(createEditor()));
  editor.children = children;
  return editor;
}
const p = (text: string): StoryElement => ({ type: 'paragraph', children: [{ text }] });

describe('withStoryNormalization', () => {
  it('makes photos void', () => {
    const editor = editorWith([]);
    const photo = { type: 'photo', asset: 'a', width: 1, height: 1, caption: '', credit: '' };
    expect(editor.isVoid({ ...photo, children: [{ text: '' }] } as StoryElement)).toBe(true);
    expect(editor.isVoid(p('x'))).toBe(false);
  });

  it('splits the paragraph where pasted text has a line break', () => {
    const editor = editorWith([p('前后')]);
    Transforms.insertText(editor, '甲\r\n乙', { at: { path: [0, 0], offset: 1 } });
    expect(editor.children).toEqual([p('前甲'), p('乙后')]);
  });

  it('turns a paragraph moved into a list into a list-item', () => {
    const editor = editorWith([
      { type: 'bulleted-list', children: [{ type: 'list-item', children: [{ text: '一' }] }] },
      p('二'),
    ]);
    Transforms.moveNodes(editor, { at: [1], to: [0, 1] });
    expect(editor.children).toEqual([
      {
        type: 'bulleted-list',
        children: [
          { type: 'list-item', children: [{ text: '一' }] },
          { type: 'list-item', children: [{ text: '二' }] },
        ],
      },
    ]);
  });

  it('leaves one empty paragraph when everything is deleted, and undo brings it back', () => {
    const editor = editorWith([p('甲'), p('乙')]);
    Transforms.removeNodes(editor, { at: [1] });
    Transforms.removeNodes(editor, { at: [0] });
    expect(editor.children).toEqual([p('')]);
    editor.undo();
    editor.undo();
    expect(editor.children).toEqual([p('甲'), p('乙')]);
  });

  it('drops a false mark so the leaves merge', () => {
    const editor = editorWith([{ type: 'paragraph', children: [{ text: 'ab', bold: true }] }]);
    Transforms.setNodes(editor, { bold: false } as never, {
      at: { anchor: { path: [0, 0], offset: 1 }, focus: { path: [0, 0], offset: 2 } },
      match: (n) => 'text' in n,
      split: true,
    });
    Editor.normalize(editor, { force: true });
    expect(editor.children).toEqual([
      { type: 'paragraph', children: [{ text: 'a', bold: true }, { text: 'b' }] },
    ]);
  });
});
