import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit, StorySort } from '../../../shared/contract/wire/story';
import type { StoryStatus } from '../../../shared/model/story';
import { useApiEvents, useTransport } from '../api-context';
import { DayPicker } from '../components/DayPicker';
import { ErrorAlert } from '../components/ErrorAlert';
import { deskFilter, type StoryFilter } from '../data/story-pages';
import { warmUiFonts } from '../fonts/warm-ui-fonts';
import { todayDeskDate } from '../lib/dates';
import { errorMessage } from '../lib/error-message';
import { DeskFilters } from './DeskFilters';
import { SearchResults } from './SearchResults';
import { StoryTable } from './StoryTable';

/** The first screen: the stories of one desk date, paged and sorted by the server. */
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
  const client = useQueryClient();
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState<StoryStatus | null>(null);
  const [order, setOrder] = useState<{ sort: StorySort; descending: boolean }>({
    sort: 'workflow',
    descending: false,
  });
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const { deskDate, reloadToken } = props;
  const filter: StoryFilter = deskFilter(deskDate, status ?? undefined, order);

  const search = useCallback(() => {
    if (!query) {
      setHits(null);
      return;
    }
    invoke('story.search', { query }).then(
      (found) => {
        const snippets = found.flatMap((hit) => hit.snippet.map((part) => part.text));
        warmUiFonts(
          found.map((hit) => hit.headline).join(''),
          `${found.map((hit) => hit.kicker + hit.authorName).join('')}${snippets.join('')}`,
        );
        setHits(found);
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [invoke, query]);
  useEffect(search, [search]);
  // Hits are a snapshot of one search; it runs again only when a story it shows changed.
  useApiEvents(['story.changed'], (_event, payload) => {
    if (hits?.some((hit) => hit.id === payload.id)) search();
  });

  const reload = useCallback(() => {
    void client.invalidateQueries({ queryKey: ['story.page'] });
  }, [client]);
  // A new token (after an import) loads the list again.
  useEffect(() => {
    if (reloadToken) reload();
  }, [reloadToken, reload]);

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
        <button type="button" className="quiet-button" onClick={reload}>
          {t('desk.refresh')}
        </button>
        {total !== null && (
          <span className="muted" aria-live="polite">
            {t('desk.count', { count: total })}
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
      {!hits && (
        <StoryTable
          filter={filter}
          onSort={(sort, descending) => setOrder({ sort, descending })}
          onOpen={props.onOpen}
          onTotal={setTotal}
        />
      )}
    </main>
  );
}
