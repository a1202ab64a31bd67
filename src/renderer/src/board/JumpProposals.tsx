import { useTranslation } from 'react-i18next';
import type { LayoutIssue } from '../../../shared/contract/wire/layout-page';
import type { BoardActions } from './use-board-actions';

/** The jump auto-layout proposes for this page (it cannot hold its stories), made on confirm. */
export function JumpProposals(props: {
  layout: LayoutIssue;
  page: number;
  actions: BoardActions;
  headlineOf: (id: number) => string;
}) {
  const { t } = useTranslation();
  const mine = props.layout.proposedJumps.filter((j) => j.fromPage === props.page);
  if (mine.length === 0) return null;
  return (
    <section className="jump-proposals" aria-label={t('pageMaking.proposals')}>
      {mine.map((j) => (
        <p key={j.storyId} className="badge-over">
          {t('pageMaking.proposal', {
            headline: props.headlineOf(j.storyId),
            lines: j.lines,
            page: j.toPage,
          })}{' '}
          <button
            type="button"
            className="quiet-button"
            disabled={props.actions.busy}
            onClick={() => void props.actions.makeJumps(props.page, [j.storyId], j.toPage)}
          >
            {t('pageMaking.makeProposed')}
          </button>
        </p>
      ))}
    </section>
  );
}
