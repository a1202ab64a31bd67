import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextIssueNumber } from '../../../shared/calendar/issueNumber';
import { DEFAULT_PAGE_COUNT } from '../../../shared/model/issue';
import { useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';
import { IssueNumberInputs } from './IssueNumberInputs';

/** Creates the day's issue: 总期号 defaults to the previous issue's + 1, four pages. */
export function CreateIssueForm(props: { date: string; onError: (message: string) => void }) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [number, setNumber] = useState('');
  const [pages, setPages] = useState(String(DEFAULT_PAGE_COUNT));
  const [busy, setBusy] = useState(false);
  const { date, onError } = props;

  useEffect(() => {
    invoke('issue.list', {}).then(
      (list) => {
        const previous = list
          .filter((i) => i.date < date)
          .sort((a, b) => b.date.localeCompare(a.date))[0];
        setNumber(String(nextIssueNumber(previous?.number)));
      },
      (e: unknown) => onError(errorMessage(e)),
    );
  }, [invoke, date, onError]);

  const create = async () => {
    setBusy(true);
    try {
      await invoke('issue.create', { date, number: Number(number), pages: Number(pages) });
    } catch (e) {
      onError(errorMessage(e, (field) => (field === 'number' ? t('issue.number') : undefined)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form
      className="issue-create"
      onSubmit={(event) => {
        event.preventDefault();
        void create();
      }}
    >
      <p>{t('issue.none', { date })}</p>
      <IssueNumberInputs
        idSuffix=""
        number={number}
        pages={pages}
        onNumber={setNumber}
        onPages={setPages}
      />
      <button type="submit" className="primary-button" disabled={busy || !number}>
        {t('issue.create')}
      </button>
    </form>
  );
}
