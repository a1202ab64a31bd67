import { useTranslation } from 'react-i18next';
import type { LockInfo } from '../../../shared/contract/domains/lock';

function since(iso: string): string {
  const at = new Date(iso);
  if (Number.isNaN(at.getTime())) return iso;
  return `${String(at.getHours()).padStart(2, '0')}:${String(at.getMinutes()).padStart(2, '0')}`;
}

/** "王小明 正在编辑（自 14:05）": the story is read-only here; a chief may break the lock. */
export function LockBanner(props: { lock: LockInfo; canBreak: boolean; onBreak: () => void }) {
  const { t } = useTranslation();
  const { lock } = props;
  const confirmBreak = () => {
    if (window.confirm(t('lock.confirmBreak', { name: lock.holderName }))) props.onBreak();
  };
  return (
    <div className="lock-banner" role="note" data-testid="lock-banner">
      <strong>{t('lock.heldBy', { name: lock.holderName, since: since(lock.since) })}</strong>
      <span className="muted">{t('lock.readOnly')}</span>
      {props.canBreak && (
        <button type="button" className="quiet-button" onClick={confirmBreak}>
          {t('lock.break')}
        </button>
      )}
    </div>
  );
}
