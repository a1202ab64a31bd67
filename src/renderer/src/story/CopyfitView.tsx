import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { CopyfitFeed } from './copyfit-feed';

/**
 * 超 N 行（约 M 字） / 余 N 行 / 正好排满 for a placed story, against its module on its page,
 * the board's figures for the text as typed. The last known figure stays while a newer one
 * is worked out (data-pending). Nothing for a story on no page (its target shows instead).
 */
export function CopyfitView(props: { feed: CopyfitFeed }) {
  const { t } = useTranslation();
  const state = useSyncExternalStore(props.feed.subscribe, props.feed.current);
  if (state.kind !== 'known' || state.placed === null) return null;
  const fit = state.placed;
  const where =
    fit.jumpTo === null
      ? t('copyfit.placedOn', { page: fit.page, date: fit.date })
      : t('copyfit.placedOnJump', { page: fit.page, jumpTo: fit.jumpTo, date: fit.date });
  const kind = fit.linesOver > 0 ? 'over' : fit.linesUnder > 0 ? 'under' : 'fits';
  return (
    <span
      className={`copyfit copyfit-${kind}`}
      data-testid="copyfit"
      data-kind={kind}
      data-pending={state.pending ? '' : undefined}
      title={state.pending ? `${where} · ${t('copyfit.pending')}` : where}
      aria-live="polite"
    >
      {kind === 'over'
        ? t('copyfit.over', { count: fit.linesOver, chars: fit.charsOver })
        : kind === 'under'
          ? t('copyfit.under', { count: fit.linesUnder })
          : t('copyfit.fits')}
    </span>
  );
}

/** Whether the feed knows the story is on a page: the target length applies only off one. */
export function usePlaced(feed: CopyfitFeed | null): boolean | undefined {
  return useSyncExternalStore(feed?.subscribe ?? noSubscription, () => {
    const state = feed?.current();
    return state?.kind === 'known' ? state.placed !== null : undefined;
  });
}

const noSubscription = () => () => undefined;
