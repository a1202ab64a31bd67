import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { backupKind, formatBackupTime, formatBytes } from './backup-format';
import { RestoredNotice } from './RestoredNotice';
import { useBackups } from './use-backups';

/**
 * 备份与恢复 (admins): the paper's backups with when, how big and why; a backup now; a
 * restore of one into a NEW file after the desk has checked it. The paper in use is never
 * swapped under people's feet: the screen says where the new file is and how to use it.
 */
export function BackupsScreen() {
  const { t } = useTranslation();
  const b = useBackups();
  const kindLabel = (reason: string): string => {
    const kind = backupKind(reason);
    if (kind.kind === 'other') return kind.reason;
    if (kind.kind === 'before') return t('backups.kinds.before', { version: kind.version });
    return t(`backups.kinds.${kind.kind}`);
  };

  return (
    <main className="backups-screen" aria-labelledby="backups-heading">
      <h1 id="backups-heading">{t('backups.heading')}</h1>
      {b.folder && <p className="muted">{t('backups.folder', { folder: b.folder })}</p>}
      <div className="backups-tools">
        <button
          type="button"
          className="primary-button"
          disabled={b.working !== null}
          onClick={() => void b.create()}
        >
          {t('backups.create')}
        </button>
        <span role="status" className="backups-status">
          {b.working === 'creating' && t('backups.creating')}
          {b.working === 'restoring' && t('backups.restoring')}
          {b.created &&
            t('backups.created', { name: b.created.name, size: formatBytes(b.created.bytes) })}
        </span>
      </div>
      <ErrorAlert message={b.error} />
      {b.restored && <RestoredNotice restored={b.restored} />}
      {b.backups?.length === 0 && <p className="muted">{t('backups.none')}</p>}
      {b.backups && b.backups.length > 0 && (
        <table className="story-table backups-table">
          <thead>
            <tr>
              <th scope="col">{t('backups.at')}</th>
              <th scope="col">{t('backups.size')}</th>
              <th scope="col">{t('backups.kind')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('backups.restore')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {b.backups.map((backup) => (
              <tr key={backup.name} data-backup={backup.name}>
                <td>
                  <time dateTime={backup.at}>{formatBackupTime(backup.at)}</time>
                </td>
                <td>{formatBytes(backup.bytes)}</td>
                <td>{kindLabel(backup.reason)}</td>
                <td>
                  <button
                    type="button"
                    className="quiet-button"
                    disabled={b.working !== null}
                    aria-label={t('backups.restoreLabel', { at: formatBackupTime(backup.at) })}
                    onClick={() => void b.restore(backup.name)}
                  >
                    {t('backups.restore')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}
