import { type KeyboardEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import { ApiError } from '../../../shared/contract';
import { cleanLine } from '../../../shared/story/clean-text';
import { errorMessage } from '../lib/error-message';
import type { StoryReactEditor } from './create-story-editor';
import { usePhotoStore } from './photo-store';
import { insertPhoto } from './transforms/insert-photo';

/** Toolbar button + small panel: pick an image file, give caption and credit, insert.
 * Not a <form>: the editor sits inside the story's form, a nested form's submit goes to
 * the browser (a page navigation, which drops the edit lock) instead of to React. */
export function InsertPhoto(props: { disabled: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const editor = useSlateStatic() as StoryReactEditor;
  const photos = usePhotoStore();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [credit, setCredit] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = async () => {
    if (!file) return;
    try {
      const read = await photos.put(file);
      insertPhoto(editor, { ...read, caption: cleanLine(caption), credit: cleanLine(credit) });
      setOpen(false);
      setFile(null);
      setCaption('');
      setCredit('');
      setProblem(null);
    } catch (error) {
      setProblem(error instanceof ApiError ? errorMessage(error) : t('editor.photoUnreadable'));
    }
  };

  // Enter in a field inserts, as a form would, and never submits the story's form around it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    void submit();
  };

  return (
    <span className="ed-photo-tool">
      <button
        type="button"
        className="ed-tool"
        aria-expanded={open}
        disabled={props.disabled}
        onClick={() => setOpen(!open)}
      >
        {t('editor.insertPhoto')}
      </button>
      {open && (
        <fieldset className="ed-photo-form" aria-label={t('editor.insertPhoto')}>
          {/* Our own button and label, not the browser's "Choose File" in its own language. */}
          <label className="quiet-button file-button" htmlFor={`${id}-file`}>
            {t('editor.photoFile')}
          </label>
          <input
            id={`${id}-file`}
            className="visually-hidden"
            type="file"
            accept="image/*"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <span className="muted">{file ? file.name : t('editor.photoNone')}</span>
          <label htmlFor={`${id}-caption`}>{t('editor.photoCaption')}</label>
          <input
            id={`${id}-caption`}
            value={caption}
            placeholder={t('editor.photoCaptionHint')}
            onChange={(event) => setCaption(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <label htmlFor={`${id}-credit`}>{t('editor.photoCredit')}</label>
          <input
            id={`${id}-credit`}
            value={credit}
            placeholder={t('editor.photoCreditHint')}
            onChange={(event) => setCredit(event.target.value)}
            onKeyDown={onKeyDown}
          />
          <button
            type="button"
            className="quiet-button"
            disabled={!file}
            onClick={() => void submit()}
          >
            {t('editor.photoInsert')}
          </button>
          {problem && <span role="alert">{problem}</span>}
        </fieldset>
      )}
    </span>
  );
}
