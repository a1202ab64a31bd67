import { useTranslation } from 'react-i18next';
import type { LayoutPage } from '../../../shared/contract/wire/layout-page';

/** A line under the flatplan: the page's overset, empty lines and stories not placed. */
export function PageReport(props: { page: LayoutPage; headlineOf: (id: number) => string }) {
  const { t } = useTranslation();
  const r = props.page.report;
  return (
    <p className="page-report" aria-live="polite">
      <span>{t('board.pageTitle', { page: props.page.number, name: props.page.name })}</span>
      <span>{t('board.modules', { count: props.page.modules.length })}</span>
      {r.overset.map((o) => (
        <span key={o.storyId} className="badge-over">
          {props.headlineOf(o.storyId)} {t('board.over', { count: o.lines })}
        </span>
      ))}
      {r.emptyLines > 0 && (
        <span className="badge-under">{t('board.empty', { count: r.emptyLines })}</span>
      )}
      {r.notPlaced.map((n) => (
        <span key={n.storyId} className="badge-over">
          {t('board.notPlaced', { headline: props.headlineOf(n.storyId), reason: n.reason })}
        </span>
      ))}
    </p>
  );
}
