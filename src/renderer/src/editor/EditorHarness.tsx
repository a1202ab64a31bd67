import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BodyBlock } from '../../../shared/story/elements';
import { StoryEditor } from './StoryEditor';

export const HARNESS_HASH = '#/editor-harness';

/**
 * The body editor alone, no backend: for the browser tests of typing, IME and paste. The
 * document is mirrored as JSON in a hidden element the tests read.
 */
export function EditorHarness() {
  const { t } = useTranslation();
  const [body, setBody] = useState<BodyBlock[]>([]);
  return (
    <main className="editor-harness">
      <h1 id="harness-label">{t('story.body')}</h1>
      <StoryEditor
        value={[]}
        onChange={setBody}
        labelledBy="harness-label"
        placeholder={t('editor.placeholder')}
      />
      <pre data-testid="editor-value" hidden>
        {JSON.stringify(body)}
      </pre>
    </main>
  );
}
