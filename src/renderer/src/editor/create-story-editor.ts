import { createEditor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import '../../../shared/story/custom-types';
import { withStoryNormalization } from '../../../shared/story/normalize/with-story-normalization';
import { withHtmlPaste } from './paste/with-html-paste';
import { withLineBreaks } from './with-line-breaks';

/**
 * The body editor: React + history (undo/redo), the story's own normalization (the same
 * rules the store applies), and pasting HTML through the sanitizer into our schema.
 */
export function createStoryEditor() {
  return withLineBreaks(
    withHtmlPaste(withStoryNormalization(withHistory(withReact(createEditor())))),
  );
}

export type StoryReactEditor = ReturnType<typeof createStoryEditor>;
