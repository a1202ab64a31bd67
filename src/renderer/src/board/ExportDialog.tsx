import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightIssue } from '../../../shared/contract/domains/preflight';
import { FORCE_REASON_MAX_LENGTH } from '../../../shared/model/limits';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/error-message';
import { base64Bytes, downloadBlob } from './download';
import { DEFAULT_CHOICE, type ExportChoice, ExportOptions } from './ExportOptions';
import { PreflightPanel } from './PreflightPanel';

/** Page files in one download: a browser asks once, not once per page. */
async function zipPages(files: { name: string; pdfBase64: string }[]): Promise<Blob> {
  const { default: JSZip } = await import('jszip');
  const zip = new JSZip();
  for (const f of files) zip.file(f.name, base64Bytes(f.pdfBase64));
  return zip.generateAsync({ type: 'blob', compression: 'STORE' });
}

/**
 * Preflight first, then export: PDF or HTML, offered as a download named by the date.
 * With preflight errors the export is refused unless the editor gives a reason, which the
 * desk audits and writes into the PDF.
 */
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
  const [choice, setChoice] = useState<ExportChoice>(DEFAULT_CHOICE);
  const [reason, setReason] = useState('');
  const errors = (props.issues ?? []).filter((i) => i.severity === 'error').length;
  const blocked = errors > 0 && reason.trim() === '';

  const exportAs = async (kind: 'pdf' | 'html') => {
    setBusy(kind);
    setError(null);
    setDone(null);
    const args = {
      date: props.date,
      ...(choice.bleedMm > 0 ? { bleedMm: choice.bleedMm } : {}),
      ...(choice.cropMarks ? { cropMarks: true } : {}),
      ...(errors > 0 ? { force: reason.trim() } : {}),
    };
    try {
      const name = `${props.date}.${kind}`;
      if (kind === 'pdf') {
        const out = await invoke('export.pdf', {
          ...args,
          ...(choice.perPage ? { perPage: true } : {}),
          ...(choice.colour ? { colour: choice.colour } : {}),
        });
        downloadBlob(new Blob([base64Bytes(out.pdfBase64)], { type: 'application/pdf' }), name);
        if (out.files && out.files.length > 0) {
          downloadBlob(await zipPages(out.files), `${props.date}-pages.zip`);
        }
      } else {
        const out = await invoke('export.html', args);
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
      <ExportOptions choice={choice} disabled={busy !== null} onChange={setChoice} />
      {errors > 0 && (
        <label className="export-force">
          {t('export.forceReason', { count: errors })}
          <input
            type="text"
            maxLength={FORCE_REASON_MAX_LENGTH}
            value={reason}
            placeholder={t('export.forceHint')}
            onChange={(e) => setReason(e.target.value)}
          />
        </label>
      )}
      <ErrorAlert message={error} />
      <div className="export-actions">
        <button
          type="button"
          className="primary-button"
          disabled={busy !== null || props.issues === null || blocked}
          onClick={() => void exportAs('pdf')}
        >
          {t('export.pdf')}
        </button>
        <button
          type="button"
          className="quiet-button"
          disabled={busy !== null || props.issues === null || blocked}
          onClick={() => void exportAs('html')}
        >
          {t('export.html')}
        </button>
        <button type="button" className="quiet-button" onClick={props.onClose}>
          {t('export.close')}
        </button>
        {busy && (
          <span role="status" className="export-progress">
            <progress aria-label={t('export.busy')} />
            {t('export.busy')}
          </span>
        )}
        {done && !busy && <span role="status">{done}</span>}
      </div>
    </section>
  );
}
