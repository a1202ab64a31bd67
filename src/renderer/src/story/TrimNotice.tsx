import { useTranslation } from 'react-i18next';
import type { Result } from '../../../shared/contract';
import { pageParams } from '../board/page-signoff-text';

/** Tells an editor trimming a signed-off story what the trim does to its pages' approval. */
export function TrimNotice(props: { pages: Result<'page.ofStory'> }) {
  const { t } = useTranslation();
  const pages = props.pages
    .map((p) => t('signoff.pageRef', { date: p.date, ...pageParams(p.page) }))
    .join(t('signoff.listSeparator'));
  return (
    <p className="lock-banner trim-notice" role="note" data-testid="trim-notice">
      {t('signoff.trimNotice', { pages })}
    </p>
  );
}
