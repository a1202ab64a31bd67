import { createEditor, type Descendant, Transforms } from 'slate';
import { describe, expect, it } from 'vitest';
import '../../../shared/story/custom-types';
import { withBodyAfterBreak } from './with-body-after-break';

function editorWith(children: Descendant[], at: { path: number[]; offset: number }) {
  const editor = withBodyAfterBreak(createEditor());
  editor.children = children;
  Transforms.select(editor, at);
  return editor;
}

describe('Enter after a crosshead or a quote', () => {
  it('starts a body paragraph after a crosshead', () => {
    const editor = editorWith([{ type: 'crosshead', children: [{ text: '小标题' }] }], {
      path: [0, 0],
      offset: 3,
    });
    editor.insertBreak();
    editor.insertText('正文');
    expect(editor.children).toEqual([
      { type: 'crosshead', children: [{ text: '小标题' }] },
      { type: 'paragraph', children: [{ text: '正文' }] },
    ]);
  });

  it('splits a crosshead in its middle into two crossheads', () => {
    const editor = editorWith([{ type: 'crosshead', children: [{ text: '小标题' }] }], {
      path: [0, 0],
      offset: 1,
    });
    editor.insertBreak();
    expect(editor.children).toEqual([
      { type: 'crosshead', children: [{ text: '小' }] },
      { type: 'crosshead', children: [{ text: '标题' }] },
    ]);
  });

  it('leaves a quote at its end for a body paragraph', () => {
    const quote = {
      type: 'block-quote',
      children: [{ type: 'paragraph', children: [{ text: '“引文。”' }] }],
    } as Descendant;
    const editor = editorWith([quote], { path: [0, 0, 0], offset: 5 });
    editor.insertBreak();
    editor.insertText('正文');
    expect(editor.children).toEqual([quote, { type: 'paragraph', children: [{ text: '正文' }] }]);
  });
});
