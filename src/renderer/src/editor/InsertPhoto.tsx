import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSlateStatic } from 'slate-react';
import { cleanLine } from '../../../shared/story/clean-text';
import type { StoryReactEditor } from './create-story-editor';
import { usePhotoStore } from './photo-store';
import { insertPhoto } from './transforms/insert-photo';

/** Toolbar button + small form: pick an image file, give caption and credit, insert. */
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

  const submit = async (event: FormEvent) => {
    event.preventDefault();
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
      setProblem(error instanceof Error ? error.message : t('editor.photoUnreadable'));
    }
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
        <form className="ed-photo-form" onSubmit={(event) => void submit(event)}>
          <label htmlFor={`${id}-file`}>{t('editor.photoFile')}</label>
          <input
            id={`${id}-file`}
            type="file"
            accept="image/*"
            onChange={(event) => setFile(event.target.files?.[0] ?? null)}
          />
          <label htmlFor={`${id}-caption`}>{t('editor.photoCaption')}</label>
          <input
            id={`${id}-caption`}
            value={caption}
            placeholder={t('editor.photoCaptionHint')}
            onChange={(event) => setCaption(event.target.value)}
          />
          <label htmlFor={`${id}-credit`}>{t('editor.photoCredit')}</label>
          <input
            id={`${id}-credit`}
            value={credit}
            placeholder={t('editor.photoCreditHint')}
            onChange={(event) => setCredit(event.target.value)}
          />
          <button type="submit" className="quiet-button" disabled={!file}>
            {t('editor.photoInsert')}
          </button>
          {problem && <span role="alert">{problem}</span>}
        </form>
      )}
    </span>
  );
}
