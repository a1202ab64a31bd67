import { useTranslation } from 'react-i18next';
import type { Importer } from './use-import';

export const IMPORT_ACCEPT = '.md,.markdown,.txt,.docx,image/*';

/** The hidden file input behind the menu item and the desk's import button. */
export function ImportInput(props: { importer: Importer }) {
  const { t } = useTranslation();
  const { importer } = props;
  return (
    <input
      ref={importer.inputRef}
      type="file"
      multiple
      accept={IMPORT_ACCEPT}
      className="visually-hidden"
      tabIndex={-1}
      aria-label={t('import.input')}
      data-testid="import-input"
      onChange={(event) => {
        const files = [...(event.target.files ?? [])];
        // Cleared so picking the same files again imports them again.
        event.target.value = '';
        void importer.run(files);
      }}
    />
  );
}
