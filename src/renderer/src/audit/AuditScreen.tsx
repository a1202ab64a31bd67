import { type FormEvent, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../shared/model/audit';
import { MAX_PAGES } from '../../../shared/model/issue';
import { pageTarget } from '../../../shared/model/page-signoff';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatUpdated } from '../lib/dates';
import { errorMessage } from '../lib/error-message';

/** Accountability (chiefs, admins): who signed in, failed to, moved, signed off, broke locks. */
export function AuditScreen() {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [person, setPerson] = useState('');
  const [storyId, setStoryId] = useState('');
  const [day, setDay] = useState('');
  // A page is named by its issue's date and number (the audit target page:DATE/N).
  const [pageDate, setPageDate] = useState('');
  const [pageNumber, setPageNumber] = useState('');
  const [entries, setEntries] = useState<AuditEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    const id = Number(storyId);
    const page = Number(pageNumber);
    const onPage = pageDate && Number.isInteger(page) && page > 0;
    invoke('audit.search', {
      person: person.trim() || undefined,
      storyId: Number.isInteger(id) && id > 0 ? id : undefined,
      target: onPage ? pageTarget(pageDate, page) : undefined,
      day: day || undefined,
    }).then(
      (found) => {
        setEntries(found);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [invoke, person, storyId, day, pageDate, pageNumber]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the first load only; filters apply on submit
  useEffect(load, []);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    load();
  };

  return (
    <main className="audit-screen" aria-labelledby="audit-heading">
      <h1 id="audit-heading">{t('audit.heading')}</h1>
      <form className="desk-filters" onSubmit={submit}>
        <label>
          {t('audit.person')}
          <input
            type="text"
            value={person}
            maxLength={40}
            onChange={(e) => setPerson(e.target.value)}
          />
        </label>
        <label>
          {t('audit.story')}
          <input
            type="number"
            min={1}
            value={storyId}
            onChange={(e) => setStoryId(e.target.value)}
          />
        </label>
        <label>
          {t('audit.pageDate')}
          <input type="date" value={pageDate} onChange={(e) => setPageDate(e.target.value)} />
        </label>
        <label>
          {t('audit.page')}
          <input
            type="number"
            min={1}
            max={MAX_PAGES}
            value={pageNumber}
            onChange={(e) => setPageNumber(e.target.value)}
          />
        </label>
        <label>
          {t('audit.day')}
          <input type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        </label>
        <button type="submit" className="primary-button">
          {t('audit.filter')}
        </button>
      </form>
      <ErrorAlert message={error} />
      {entries?.length === 0 && <p className="muted">{t('audit.none')}</p>}
      {entries && entries.length > 0 && (
        <table className="story-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.at')}</th>
              <th scope="col">{t('audit.person')}</th>
              <th scope="col">{t('audit.action')}</th>
              <th scope="col">{t('audit.target')}</th>
              <th scope="col">{t('audit.detail')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} data-action={entry.action}>
                <td>
                  <time dateTime={entry.at}>{formatUpdated(entry.at)}</time>
                </td>
                <td>{entry.actorName ?? '—'}</td>
                <td>{actionLabel(t, entry.action)}</td>
                <td>{entry.target}</td>
                <td>{entry.detail}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </main>
  );
}

function actionLabel(t: ReturnType<typeof useTranslation>['t'], action: string): string {
  const key = `audit.actions.${action.replace('.', '_')}`;
  const text = t(key as never);
  return text === key ? action : String(text);
}
