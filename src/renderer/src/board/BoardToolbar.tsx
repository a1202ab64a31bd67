import { useTranslation } from 'react-i18next';
import { DayPicker } from '../components/DayPicker';
import type { BoardActions } from './use-board-actions';

/** The board's bar: date, the issue screen, auto-layout, undo / redo, preflight and export. */
export function BoardToolbar(props: {
  date: string;
  onDateChange: (date: string) => void;
  onOpenIssue: () => void;
  actions: BoardActions | null;
  page: number;
  onExport: () => void;
}) {
  const { t } = useTranslation();
  const a = props.actions;
  return (
    <div className="screen-bar">
      <h1 id="board-heading">{t('board.heading')}</h1>
      <DayPicker
        id="board-date"
        label={t('issue.date')}
        date={props.date}
        onChange={props.onDateChange}
      />
      <button type="button" className="quiet-button" onClick={props.onOpenIssue}>
        {t('issue.heading')}
      </button>
      <span className="spacer" />
      {a && (
        <>
          <button
            type="button"
            className="quiet-button"
            disabled={!a.canUndo || a.busy}
            onClick={() => void a.undo()}
            title="Ctrl+Z"
          >
            {t('board.undo')}
          </button>
          <button
            type="button"
            className="quiet-button"
            disabled={!a.canRedo || a.busy}
            onClick={() => void a.redo()}
            title="Ctrl+Shift+Z"
          >
            {t('board.redo')}
          </button>
          <button
            type="button"
            className="quiet-button"
            disabled={a.busy}
            onClick={() => void a.auto(props.page)}
          >
            {t('board.autoPage')}
          </button>
          <button
            type="button"
            className="quiet-button"
            disabled={a.busy}
            onClick={() => void a.auto()}
          >
            {t('board.auto')}
          </button>
          <button type="button" className="primary-button" onClick={props.onExport}>
            {t('board.export')}
          </button>
        </>
      )}
    </div>
  );
}
