import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightIssue } from '../../../shared/contract/domains/layout';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/error-message';
import { base64Bytes, downloadBlob } from './download';
import { PreflightPanel } from './PreflightPanel';

/** Preflight first, then export: PDF or HTML, offered as a download named by the date. */
export function ExportDialog(props: {
  date: string;
  issues: PreflightIssue[] | null;
  headlineOf: (id: number) => string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [busy, setBusy] = useState<'pdf' | 'html' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  const exportAs = async (kind: 'pdf' | 'html') => {
    setBusy(kind);
    setError(null);
    setDone(null);
    try {
      const name = `${props.date}.${kind}`;
      if (kind === 'pdf') {
        const out = await invoke('export.pdf', { date: props.date });
        downloadBlob(new Blob([base64Bytes(out.pdfBase64)], { type: 'application/pdf' }), name);
      } else {
        const out = await invoke('export.html', { date: props.date });
        downloadBlob(new Blob([out.html], { type: 'text/html;charset=utf-8' }), name);
      }
      setDone(t('export.done', { name }));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(null);
    }
  };

  return (
    <section className="export-dialog" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('preflight.heading')}</h2>
      {props.issues === null ? (
        <p className="muted">{t('preflight.running')}</p>
      ) : (
        <PreflightPanel issues={props.issues} headlineOf={props.headlineOf} />
      )}
      <ErrorAlert message={error} />
      <div className="export-actions">
        <button
          type="button"
          className="primary-button"
          disabled={busy !== null || props.issues === null}
          onClick={() => void exportAs('pdf')}
        >
          {t('export.pdf')}
        </button>
        <button
          type="button"
          className="quiet-button"
          disabled={busy !== null || props.issues === null}
          onClick={() => void exportAs('html')}
        >
          {t('export.html')}
        </button>
        <button type="button" className="quiet-button" onClick={props.onClose}>
          {t('export.close')}
        </button>
        {busy && (
          <span role="status" className="export-progress">
            {t('export.busy')}
          </span>
        )}
        {done && !busy && <span role="status">{done}</span>}
      </div>
    </section>
  );
}
