import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PreflightIssue } from '../../../shared/contract/domains/preflight';
import { useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { useIssue } from '../issue/use-issue';
import { errorMessage } from '../lib/error-message';
import { BoardBody } from './BoardBody';
import { BoardToolbar } from './BoardToolbar';
import { ExportDialog } from './ExportDialog';
import { useBoardActions } from './use-board-actions';
import { useLayout } from './use-layout';
import { useUndoKeys } from './use-undo-keys';

/** 版面: the flatplan of the day's pages, one page large, stories to place, export. */
export function BoardScreen(props: {
  date: string;
  onDateChange: (date: string) => void;
  onOpenIssue: () => void;
  /** The page shown large, when the URL holds it (App's hash route). */
  page?: number;
  onPageChange?: (page: number) => void;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const { issue, error: issueError } = useIssue(props.date);
  // Composed while the issue loads (not after it): a day without an issue ignores the refusal.
  const { layout, error: layoutError, accept } = useLayout(props.date, issue?.id, issue !== null);
  const actions = useBoardActions(props.date, issue, layout, accept);
  const [page, setPageHere] = useState(props.page ?? 1);
  useEffect(() => setPageHere(props.page ?? 1), [props.page]);
  const setPage = (next: number) => {
    setPageHere(next);
    props.onPageChange?.(next);
  };
  const [preflight, setPreflight] = useState<PreflightIssue[] | null | 'closed'>('closed');
  const [preflightError, setPreflightError] = useState<string | null>(null);
  useUndoKeys(
    () => void actions.undo(),
    () => void actions.redo(),
  );

  const headlineOf = (id: number) =>
    issue?.placements.find((p) => p.storyId === id)?.headline ?? `#${id}`;
  const openExport = () => {
    setPreflight(null);
    invoke('preflight.run', { date: props.date }).then(setPreflight, (e: unknown) => {
      setPreflight([]);
      setPreflightError(errorMessage(e));
    });
  };

  return (
    <main className="board" aria-labelledby="board-heading">
      <BoardToolbar
        date={props.date}
        onDateChange={props.onDateChange}
        onOpenIssue={props.onOpenIssue}
        actions={issue ? actions : null}
        page={page}
        onExport={openExport}
      />
      <ErrorAlert
        message={issueError ?? (issue ? layoutError : null) ?? preflightError}
        onDismiss={() => setPreflightError(null)}
      />
      <ErrorAlert message={actions.error} onDismiss={actions.clearError} />
      {issue === undefined && <p className="muted">{t('app.loading')}</p>}
      {issue === null && (
        <p className="empty">
          {t('issue.none', { date: props.date })}{' '}
          <button type="button" className="link-button" onClick={props.onOpenIssue}>
            {t('board.toIssue')}
          </button>
        </p>
      )}
      {preflight !== 'closed' && (
        <ExportDialog
          date={props.date}
          issues={preflight}
          headlineOf={headlineOf}
          onClose={() => setPreflight('closed')}
        />
      )}
      {issue && (
        <BoardBody
          date={props.date}
          issue={issue}
          layout={layout}
          page={Math.min(page, issue.pageCount)}
          onPage={setPage}
          actions={actions}
          headlineOf={headlineOf}
        />
      )}
    </main>
  );
}
