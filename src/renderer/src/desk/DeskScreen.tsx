import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract/domains/search';
import type { StoryStatus, StorySummary } from '../../../shared/model/story';
import { useApiEvents, useTransport } from '../api-context';
import { DayPicker } from '../components/DayPicker';
import { ErrorAlert } from '../components/ErrorAlert';
import { todayDeskDate } from '../lib/dates';
import { errorMessage } from '../lib/error-message';
import { DeskFilters } from './DeskFilters';
import { SearchResults } from './SearchResults';
import { StoryTable } from './StoryTable';

/** The first screen: the stories of one desk date, refreshed whenever a story changes. */
export function DeskScreen(props: {
  deskDate: string;
  onDeskDateChange: (date: string) => void;
  onOpen: (id: number) => void;
  onNew: () => void;
  /** Opens the import file picker. */
  onImport: () => void;
  /** Changes after an import: the list loads again. */
  reloadToken: number;
  /** Shown above the list (import results). */
  notice?: ReactNode;
  /** Shown above the filters (the day's pages to drop story rows on). */
  aside?: ReactNode;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [stories, setStories] = useState<StorySummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<StoryStatus | null>(null);
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const { deskDate, reloadToken } = props;

  const search = useCallback(() => {
    if (!query) {
      setHits(null);
      return;
    }
    invoke('story.search', { query }).then(setHits, (e: unknown) => setError(errorMessage(e)));
  }, [invoke, query]);
  useEffect(search, [search]);

  const load = useCallback(() => {
    void reloadToken; // a new token (after an import) makes a new load
    invoke('story.list', { deskDate, status: status ?? undefined }).then(
      (list) => {
        setStories(list);
        setError(null);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [invoke, deskDate, status, reloadToken]);

  useEffect(load, [load]);
  useApiEvents(['story.changed'], () => {
    load();
    search();
  });

  return (
    <main className="desk" aria-labelledby="desk-heading">
      <div className="screen-bar">
        <h1 id="desk-heading">{t('desk.heading')}</h1>
        <DayPicker
          id="desk-date"
          label={t('desk.deskDate')}
          date={deskDate}
          onChange={props.onDeskDateChange}
        />
        <button
          type="button"
          className="quiet-button"
          onClick={() => props.onDeskDateChange(todayDeskDate())}
        >
          {t('desk.today')}
        </button>
        <button type="button" className="quiet-button" onClick={load}>
          {t('desk.refresh')}
        </button>
        {stories && (
          <span className="muted" aria-live="polite">
            {t('desk.count', { count: stories.length })}
          </span>
        )}
        <span className="spacer" />
        <button type="button" className="quiet-button" onClick={props.onImport}>
          {t('import.button')}
        </button>
        <button type="button" className="primary-button" onClick={props.onNew}>
          {t('desk.newStory')}
        </button>
      </div>
      {props.aside}
      <DeskFilters status={status} onStatus={setStatus} query={query} onSearch={setQuery} />
      {props.notice}
      <ErrorAlert message={error} />
      {hits && <SearchResults hits={hits} onOpen={props.onOpen} />}
      {!hits && stories === null && !error && <p className="muted">{t('app.loading')}</p>}
      {!hits && stories?.length === 0 && <p className="empty">{t('desk.empty')}</p>}
      {!hits && stories && stories.length > 0 && (
        <StoryTable stories={stories} onOpen={props.onOpen} />
      )}
    </main>
  );
}
