import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Selection } from 'slate';
import type { BodyBlock } from '../../../shared/story/elements';
import { StoryEditor } from './StoryEditor';

/**
 * The body editor alone, no backend: for the browser tests of typing, IME and paste. The
 * document and the selection are mirrored as JSON in hidden elements the tests read (the
 * selection, so a test can wait until Slate has taken a keyboard-made selection over).
 */
export function EditorHarness() {
  const { t } = useTranslation();
  const [body, setBody] = useState<BodyBlock[]>([]);
  const [selection, setSelection] = useState<Selection>(null);
  return (
    <main className="editor-harness">
      <h1 id="harness-label">{t('story.body')}</h1>
      <StoryEditor
        value={[]}
        onChange={setBody}
        onSelectionChange={setSelection}
        labelledBy="harness-label"
        placeholder={t('editor.placeholder')}
      />
      <pre data-testid="editor-value" hidden>
        {JSON.stringify(body)}
      </pre>
      <pre data-testid="editor-selection" hidden>
        {JSON.stringify(selection)}
      </pre>
    </main>
  );
}
