import { useTranslation } from 'react-i18next';
import type { Restored } from './use-backups';

/** Where the restored file is and how to look at it or use it instead of the paper in use. */
export function RestoredNotice(props: { restored: Restored }) {
  const { t } = useTranslation();
  const { path, current } = props.restored;
  const currentName = current.split(/[\\/]/).pop() ?? current;
  return (
    <section className="import-results restored-notice" aria-labelledby="restored-heading">
      <h2 id="restored-heading">{t('backups.restored.heading')}</h2>
      <p data-testid="restored-path">{t('backups.restored.path', { path })}</p>
      <p>{t('backups.restored.checked')}</p>
      <p>{t('backups.restored.look', { path })}</p>
      <p>{t('backups.restored.use', { current, currentName })}</p>
    </section>
  );
}
