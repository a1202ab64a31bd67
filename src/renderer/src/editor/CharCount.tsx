import { useTranslation } from 'react-i18next';
import type { BodyBlock } from '../../../shared/story/elements';
import { type CountedFields, storyChars } from '../../../shared/story/story-chars';

const NO_FIELDS: CountedFields = { kicker: '', headline: '', subhead: '', dateline: '' };

/**
 * Length by the Chinese rule (storyChars: Han characters and full-width marks one each, a
 * Latin word or number one): the body, plus the headline stack and dateline when given.
 */
export function CharCount(props: { body: BodyBlock[]; head?: CountedFields }) {
  const { t } = useTranslation();
  const count = storyChars(props.head ?? NO_FIELDS, { version: 1, body: props.body });
  return (
    <span className="ed-count" data-testid="char-count" aria-live="polite">
      {t('editor.chars', { count })}
    </span>
  );
}
