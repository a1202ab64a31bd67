import { useEffect, useState } from 'react';
import type { Issue } from '../../../shared/model/issue';
import { useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';
import { IssueNumberInputs } from './IssueNumberInputs';

/** 总期号 and 版数 of an existing issue, saved with issue.update. */
export function IssueNumberField(props: {
  issue: Issue;
  canEdit: boolean;
  onError: (message: string | null) => void;
}) {
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
      <IssueNumberInputs
        idSuffix="-edit"
        number={number}
        pages={pages}
        disabled={!props.canEdit}
        onNumber={setNumber}
        onPages={setPages}
        onBlur={save}
      />
    </div>
  );
}
