import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STORY_STATUSES, type StoryStatus } from '../../../shared/model/story';

/** The desk's status filter and the search box (submitted with Enter or the button). */
export function DeskFilters(props: {
  status: StoryStatus | null;
  onStatus: (status: StoryStatus | null) => void;
  query: string;
  onSearch: (query: string) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(props.query);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSearch(text.trim());
  };
  return (
    <div className="desk-filters">
      <div className="field-inline">
        <label htmlFor="desk-status">{t('filter.status')}</label>
        <select
          id="desk-status"
          value={props.status ?? ''}
          onChange={(event) => props.onStatus((event.target.value || null) as StoryStatus | null)}
        >
          <option value="">{t('filter.all')}</option>
          {STORY_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`status.${status}`)}
            </option>
          ))}
        </select>
      </div>
      <form className="field-inline" onSubmit={submit}>
        <label htmlFor="desk-search">{t('search.label')}</label>
        <input
          id="desk-search"
          type="search"
          value={text}
          maxLength={100}
          placeholder={t('search.placeholder')}
          onChange={(event) => {
            setText(event.target.value);
            if (event.target.value === '') props.onSearch('');
          }}
        />
        <button type="submit" className="quiet-button">
          {t('search.label')}
        </button>
        {props.query && (
          <button
            type="button"
            className="link-button"
            onClick={() => {
              setText('');
              props.onSearch('');
            }}
          >
            {t('search.clear')}
          </button>
        )}
      </form>
    </div>
  );
}
