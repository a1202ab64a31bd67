import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Issue } from '../../../shared/model/issue';
import { useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';

/** 总期号 and 版数 of an existing issue, saved with issue.update. */
export function IssueNumberField(props: {
  issue: Issue;
  canEdit: boolean;
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const { issue, onError } = props;
  const [number, setNumber] = useState(String(issue.number));
  const [pages, setPages] = useState(String(issue.pageCount));
  useEffect(() => {
    setNumber(String(issue.number));
    setPages(String(issue.pageCount));
  }, [issue.number, issue.pageCount]);

  const save = () => {
    const next = { number: Number(number), pages: Number(pages) };
    if (next.number === issue.number && next.pages === issue.pageCount) return;
    invoke('issue.update', { date: issue.date, ...next }).then(
      () => onError(null),
      (e: unknown) => onError(errorMessage(e)),
    );
  };

  return (
    <div className="issue-summary">
      <div className="field-inline">
        <label htmlFor="issue-number-edit">{t('issue.number')}</label>
        <input
          id="issue-number-edit"
          type="number"
          min={1}
          value={number}
          disabled={!props.canEdit}
          onChange={(event) => setNumber(event.target.value)}
          onBlur={save}
        />
      </div>
      <div className="field-inline">
        <label htmlFor="issue-pages-edit">{t('issue.pageCount')}</label>
        <input
          id="issue-pages-edit"
          type="number"
          min={1}
          max={64}
          value={pages}
          disabled={!props.canEdit}
          onChange={(event) => setPages(event.target.value)}
          onBlur={save}
        />
      </div>
    </div>
  );
}
