import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlate } from 'slate-react';
import type { StoryReactEditor } from './create-story-editor';
import { type EditorCommand, modLabel, SHORTCUT_HINTS } from './hotkeys';
import { isBlockActive } from './queries/is-block-active';
import { isMarkActive } from './queries/is-mark-active';
import { runCommand } from './run-command';

/** Marks, block formats and history; buttons keep the editor's selection (mousedown). */
export function Toolbar(props: { disabled: boolean; extra?: ReactNode }) {
  const { t } = useTranslation();
  const editor = useSlate() as StoryReactEditor;

  const button = (
    key: keyof typeof SHORTCUT_HINTS,
    label: string,
    command: EditorCommand,
    active?: boolean,
  ) => (
    <button
      type="button"
      className={`ed-tool ed-tool-${key}`}
      aria-pressed={active}
      title={`${label} (${modLabel(SHORTCUT_HINTS[key])})`}
      disabled={props.disabled}
      onMouseDown={(event: MouseEvent) => {
        event.preventDefault();
        runCommand(editor, command);
      }}
    >
      {label}
    </button>
  );

  return (
    <div className="ed-toolbar" role="toolbar" aria-label={t('editor.toolbar')}>
      {button(
        'bold',
        t('editor.bold'),
        { kind: 'mark', mark: 'bold' },
        isMarkActive(editor, 'bold'),
      )}
      {button(
        'italic',
        t('editor.italic'),
        { kind: 'mark', mark: 'italic' },
        isMarkActive(editor, 'italic'),
      )}
      <span className="ed-tool-sep" />
      {(['crosshead', 'block-quote', 'bulleted-list', 'numbered-list'] as const).map((format) => (
        <span key={format}>
          {button(
            format,
            t(`editor.${format}`),
            { kind: 'block', format },
            isBlockActive(editor, format),
          )}
        </span>
      ))}
      <span className="ed-tool-sep" />
      {button('undo', t('editor.undo'), { kind: 'undo' })}
      {button('redo', t('editor.redo'), { kind: 'redo' })}
      {props.extra}
    </div>
  );
}
