import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  nextProofRound,
  type PageSignoff as PageState,
  PROOF_ROUNDS,
  type ProofRound,
} from '../../../shared/model/page-signoff';
import { can } from '../../../shared/model/roles';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatUpdated } from '../lib/dates';
import { PageChangeDiff } from './PageChangeDiff';
import { changesByStory, pageParams, type StoryChange, shortState } from './page-signoff-text';
import { usePageSignoff } from './use-page-signoff';

/**
 * 大样签发 on the board: a chip per page with its state, then the shown page's proof rounds,
 * why its approval was withdrawn (with the trim's diff for the chief), and the buttons the
 * signed-in role may use.
 */
export function PageSignoff(props: { date: string; page: number; onPage: (page: number) => void }) {
  const { t } = useTranslation();
  const s = usePageSignoff(props.date);
  const state = s.signoff?.pages.find((p) => p.page === props.page);
  if (!s.signoff || !state) return null;
  const mayProof = s.role !== null && can(s.role, 'page.proof');
  const mayApprove = s.role !== null && can(s.role, 'page.approve');
  const next = nextProofRound(state.proofs);
  const round = (r: ProofRound) => t(`signoff.rounds.${r}`);
  const where = { date: props.date, page: props.page };
  const changes = changesByStory(state.changes);

  return (
    <section className="page-signoff" aria-label={t('signoff.heading')} data-page={props.page}>
      <ol className="signoff-strip">
        {s.signoff.pages.map((p) => (
          <li key={p.page}>
            <button
              type="button"
              className="signoff-chip"
              data-state={shortState(p)}
              aria-current={p.page === props.page ? 'page' : undefined}
              onClick={() => props.onPage(p.page)}
            >
              {t('signoff.pageShort', pageParams(p.page))}{' '}
              {t(`signoff.short.${shortState(p)}`, {
                round: p.proofs.length > 0 ? round(p.proofs.length as ProofRound) : '',
              })}
            </button>
          </li>
        ))}
      </ol>
      <Verdict state={state} hasChanges={changes.length > 0} />
      {changes.map((c) => (
        <ChangeLine key={c.storyId} page={props.page} change={c} mayDiff={mayApprove} />
      ))}
      <ul className="signoff-proofs">
        {PROOF_ROUNDS.map((r) => {
          const tick = state.proofs.find((p) => p.round === r);
          return (
            <li key={r} data-round={r} data-done={tick ? 'yes' : 'no'}>
              {tick
                ? t('signoff.proofBy', { round: round(r), by: tick.by })
                : t('signoff.notProofed', { round: round(r) })}{' '}
              {tick && <time dateTime={tick.at}>{formatUpdated(tick.at)}</time>}
            </li>
          );
        })}
      </ul>
      <div className="signoff-actions">
        {mayProof && next !== null && !state.approved && (
          <button
            type="button"
            className="quiet-button"
            disabled={s.busy}
            onClick={() => void s.act('page.proof', { ...where, round: next })}
          >
            {t('signoff.tick', { round: round(next) })}
          </button>
        )}
        {mayApprove && next === null && !state.approved && (
          <button
            type="button"
            className="primary-button"
            disabled={s.busy}
            onClick={() => void s.act('page.approve', where)}
          >
            {t('signoff.approve')}
          </button>
        )}
        {mayApprove && state.approved && (
          <button
            type="button"
            className="quiet-button"
            disabled={s.busy}
            onClick={() => void s.act('page.withdraw', where)}
          >
            {t('signoff.withdraw')}
          </button>
        )}
      </div>
      {!s.signoff.required && <p className="muted">{t('signoff.gateOff')}</p>}
      <ErrorAlert message={s.error} onDismiss={s.clearError} />
    </section>
  );
}

function Verdict(props: { state: PageState; hasChanges: boolean }) {
  const { t } = useTranslation();
  const { state } = props;
  const page = pageParams(state.page);
  // A withdrawal by a trim is told by its change lines below.
  if (!state.approved && props.hasChanges) return null;
  let text: string = t('signoff.open', page);
  if (state.approved) text = t('signoff.approved', { ...page, by: state.approved.by });
  else if (state.withdrawn) {
    const note = state.withdrawn.note ? ` ${state.withdrawn.note}` : '';
    text = `${t('signoff.withdrawnBy', { ...page, by: state.withdrawn.by })}${note}`;
  }
  return (
    <p
      className="signoff-state"
      data-testid="signoff-state"
      data-approved={Boolean(state.approved)}
    >
      {text}
    </p>
  );
}

function ChangeLine(props: { page: number; change: StoryChange; mayDiff: boolean }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const { change } = props;
  return (
    <div className="signoff-change">
      <p className="signoff-withdrawn" data-testid="signoff-change" role="status">
        {t('signoff.changed', {
          ...pageParams(props.page),
          by: change.by,
          headline: change.headline,
          from: change.from,
          to: change.to,
        })}
      </p>
      {props.mayDiff && (
        <button
          type="button"
          className="link-button"
          aria-expanded={open}
          onClick={() => setOpen(!open)}
        >
          {open ? t('signoff.hideDiff') : t('signoff.showDiff')}
        </button>
      )}
      {open && <PageChangeDiff storyId={change.storyId} from={change.from} to={change.to} />}
    </div>
  );
}
