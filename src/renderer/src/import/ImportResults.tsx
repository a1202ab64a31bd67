import { useTranslation } from 'react-i18next';
import type { ImportBatch } from './use-import';

/** Per file: ✓ and the new story's headline (opens it), or ✗ and the desk's refusal. */
export function ImportResults(props: {
  batch: ImportBatch;
  busy: boolean;
  onOpen: (id: number) => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation();
  const { outcomes, total, images } = props.batch;
  const ok = outcomes.filter((o) => o.ok).length;
  return (
    <section className="import-results" aria-labelledby="import-results-heading">
      <div className="import-results-bar">
        <h2 id="import-results-heading">{t('import.heading')}</h2>
        <span className="muted" aria-live="polite">
          {props.busy
            ? t('import.working', { done: outcomes.length, total })
            : t('import.summary', { ok, failed: outcomes.length - ok })}
        </span>
        <span className="spacer" />
        {!props.busy && (
          <button type="button" className="link-button" onClick={props.onDismiss}>
            {t('import.close')}
          </button>
        )}
      </div>
      {images.length > 0 && (
        <p className="muted">{t('import.images', { names: images.join(', ') })}</p>
      )}
      <ul className="import-list">
        {outcomes.map((outcome, index) => (
          <li
            // biome-ignore lint/suspicious/noArrayIndexKey: a batch may hold two files of one name
            key={index}
            className={outcome.ok ? 'import-ok' : 'import-failed'}
            data-testid="import-outcome"
          >
            <span className="import-mark" aria-hidden="true">
              {outcome.ok ? '✓' : '✗'}
            </span>
            <span className="visually-hidden">
              {outcome.ok ? t('import.ok') : t('import.failed')}
            </span>
            <span className="import-file">{outcome.fileName}</span>
            {outcome.ok ? (
              <button
                type="button"
                className="headline-link"
                onClick={() => props.onOpen(outcome.storyId)}
              >
                {outcome.headline}
              </button>
            ) : (
              <span className="import-error">{outcome.message}</span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
