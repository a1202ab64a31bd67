import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../shared/contract/wire/story';
import { Snippet } from './Snippet';

/** story.search hits, best first: headline (opens the story), status, date, snippet. */
export function SearchResults(props: { hits: SearchHit[]; onOpen: (id: number) => void }) {
  const { t } = useTranslation();
  if (props.hits.length === 0) return <p className="empty">{t('search.none')}</p>;
  return (
    <>
      <p className="muted" aria-live="polite">
        {t('search.results', { count: props.hits.length })}
      </p>
      <ol className="search-results">
        {props.hits.map((hit) => (
          <li key={hit.id}>
            <div className="search-head">
              {hit.kicker && <span className="row-kicker">{hit.kicker}</span>}
              <button type="button" className="headline-link" onClick={() => props.onOpen(hit.id)}>
                {hit.headline}
              </button>
              <span className={`status-badge status-${hit.status}`}>
                {t(`status.${hit.status}`)}
              </span>
              <span className="muted">
                {hit.deskDate} · {hit.authorName}
              </span>
            </div>
            <Snippet parts={hit.snippet} />
          </li>
        ))}
      </ol>
    </>
  );
}
