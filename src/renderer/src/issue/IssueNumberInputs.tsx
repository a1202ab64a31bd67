import { useTranslation } from 'react-i18next';
import { MAX_PAGES } from '../../../shared/model/issue';

/** 总期号 and 版数 as two labelled number boxes: the new-issue form and an issue's summary. */
export function IssueNumberInputs(props: {
  /** Tells the two places' ids apart ('' for the form, '-edit' for the summary). */
  idSuffix: string;
  number: string;
  pages: string;
  disabled?: boolean;
  onNumber: (value: string) => void;
  onPages: (value: string) => void;
  onBlur?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field-inline">
        <label htmlFor={`issue-number${props.idSuffix}`}>{t('issue.number')}</label>
        <input
          id={`issue-number${props.idSuffix}`}
          type="number"
          min={1}
          value={props.number}
          disabled={props.disabled}
          onChange={(event) => props.onNumber(event.target.value)}
          onBlur={props.onBlur}
        />
      </div>
      <div className="field-inline">
        <label htmlFor={`issue-pages${props.idSuffix}`}>{t('issue.pageCount')}</label>
        <input
          id={`issue-pages${props.idSuffix}`}
          type="number"
          min={1}
          max={MAX_PAGES}
          value={props.pages}
          disabled={props.disabled}
          onChange={(event) => props.onPages(event.target.value)}
          onBlur={props.onBlur}
        />
      </div>
    </>
  );
}
