import { useTranslation } from 'react-i18next';

/**
 * The copyfit badges of a module: red "+N 行" when overset, "余 N 行" when underset, red
 * "重叠" when a module being dragged lands on another story. Shared by placed modules and
 * the rect that follows a drag, so both read the same.
 */
export function ModuleBadges(props: {
  linesOver: number;
  linesUnder: number;
  overlaps?: boolean;
  preview?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <span className="module-badges" data-preview={props.preview ? '' : undefined}>
      {props.overlaps && (
        <span className="badge-over" data-badge="overlap">
          {t('board.overlap')}
        </span>
      )}
      {props.linesOver > 0 && (
        <span className="badge-over" data-badge="over">
          {t('board.over', { count: props.linesOver })}
        </span>
      )}
      {props.linesUnder > 0 && (
        <span className="badge-under" data-badge="under">
          {t('board.under', { count: props.linesUnder })}
        </span>
      )}
    </span>
  );
}
