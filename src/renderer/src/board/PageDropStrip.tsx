import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTransport } from '../api-context';
import { useIssue } from '../issue/use-issue';
import { errorMessage } from '../lib/error-message';
import { storyDropTarget } from './drag-data';

/** On the desk: the day's pages as drop targets, so a story row can be dragged onto a page. */
export function PageDropStrip(props: { date: string }) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const { issue } = useIssue(props.date);
  const [message, setMessage] = useState<string | null>(null);
  if (!issue) return null;

  const assign = (storyId: number, page: number) => {
    invoke('placement.assign', { storyId, date: props.date, page }).then(
      (placed) => setMessage(t('board.placed', { headline: placed.headline, page })),
      (e: unknown) => setMessage(errorMessage(e)),
    );
  };

  return (
    <div className="page-drop-strip">
      <span className="muted">{t('board.dropHint')}</span>
      {issue.pages.map((page) => (
        <span
          key={page.number}
          className="page-drop"
          data-drop-page={page.number}
          {...storyDropTarget((id) => assign(id, page.number))}
        >
          {t('board.pageTitle', { page: page.number, name: page.name })}
          <span className="muted">
            {t('board.modules', {
              count: issue.placements.filter((p) => p.page === page.number).length,
            })}
          </span>
        </span>
      ))}
      {message && (
        <span role="status" className="page-drop-status">
          {message}
        </span>
      )}
    </div>
  );
}
