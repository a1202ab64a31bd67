import { Editor, Transforms } from 'slate';
import type { PhotoElement } from '../../../../shared/story/elements';

export type NewPhoto = Omit<PhotoElement, 'type' | 'children'>;

/** Inserts a photo block after the current block, followed by an empty paragraph to type on. */
export function insertPhoto(editor: Editor, photo: NewPhoto): void {
  const element: PhotoElement = { type: 'photo', ...photo, children: [{ text: '' }] };
  Editor.withoutNormalizing(editor, () => {
    Transforms.insertNodes(editor, [element, { type: 'paragraph', children: [{ text: '' }] }], {
      select: true,
    });
  });
}
