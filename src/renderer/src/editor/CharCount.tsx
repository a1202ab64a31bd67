import { useTranslation } from 'react-i18next';
import { fitToTarget } from '../../../shared/model/target-length';
import type { BodyBlock } from '../../../shared/story/elements';
import type { CountedFields } from '../../../shared/story/story-chars';
import { bodyChars } from './block-chars';

/**
 * Length by the Chinese rule (storyChars: Han characters and full-width marks one each, a
 * Latin word or number one): the body, plus the headline stack and dateline when given.
 * Counted per block (block-chars.ts), so the cost of a key press does not grow with the story.
 * With a target (本稿需 N 字), how far the story is from it: 超/差 N 字, at every key press.
 */
export function CharCount(props: {
  body: BodyBlock[];
  head?: CountedFields | undefined;
  target?: number | null | undefined;
}) {
  const { t } = useTranslation();
  const count = bodyChars(props.body, props.head);
  const fit = props.target ? fitToTarget(count, props.target) : null;
  return (
    <>
      <span className="ed-count" data-testid="char-count" aria-live="polite">
        {t('editor.chars', { count })}
      </span>
      {fit && (
        <span className={`target-fit target-${fit.kind}`} data-testid="target-fit">
          {fit.kind === 'over'
            ? t('copyfit.targetOver', { count: fit.chars })
            : fit.kind === 'short'
              ? t('copyfit.targetShort', { count: fit.chars })
              : t('copyfit.targetExact')}
        </span>
      )}
    </>
  );
}
