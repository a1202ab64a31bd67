import { createEditor, Editor } from 'slate';
import { withHistory } from 'slate-history';
import { withReact } from 'slate-react';
import '../../../shared/story/custom-types';
import { withStoryNormalization } from '../../../shared/story/normalize/with-story-normalization';
import type { TypingStyle } from '../../../shared/text/smart-quotes';
import { withHtmlPaste } from './paste/with-html-paste';
import { withBodyAfterBreak } from './with-body-after-break';
import { withLineBreaks } from './with-line-breaks';
import { withSmartQuotes } from './with-smart-quotes';

/** The paper's quotes and dashes before the paper's settings are known (the defaults). */
export const DEFAULT_TYPING: TypingStyle = { smartQuotes: true, dash: 'em' };

/**
 * The body editor: React + history (undo/redo), the story's own normalization (the same
 * rules the store applies), pasting HTML through the sanitizer into our schema, Enter
 * after a crosshead or a quote starting body text, and curly quotes and dashes typed and
 * pasted by `typing()`, read at each keystroke and paste (the paper's settings).
 */
export function createStoryEditor(typing: () => TypingStyle = () => DEFAULT_TYPING) {
  const editor = withSmartQuotes(
    withLineBreaks(
      withBodyAfterBreak(
        withHtmlPaste(withStoryNormalization(withHistory(withReact(createEditor()))), typing),
      ),
    ),
    { enabled: () => typing().smartQuotes, dash: () => typing().dash },
  );
  // Slate's chunking: the body's blocks in chunks of BODY_CHUNK, so a key press re-renders
  // one chunk, and the chunks far from the view are skipped by the browser (renderChunk).
  editor.getChunkSize = (node) => (Editor.isEditor(node) ? BODY_CHUNK : null);
  return editor;
}

/** Blocks per chunk of the body (a few screens of text). */
export const BODY_CHUNK = 64;

export type StoryReactEditor = ReturnType<typeof createStoryEditor>;
