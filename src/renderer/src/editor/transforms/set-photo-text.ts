import { Transforms } from 'slate';
import { ReactEditor } from 'slate-react';
import type { PhotoCaption, PhotoElement } from '../../../../shared/story/elements';
import type { StoryReactEditor } from '../create-story-editor';

/** Changes a photo's caption or credit (edited in the photo block's own inputs). */
export function setPhotoText(
  editor: StoryReactEditor,
  element: PhotoElement,
  patch: Partial<PhotoCaption>,
): void {
  const at = ReactEditor.findPath(editor, element);
  Transforms.setNodes(editor, patch, { at });
}
