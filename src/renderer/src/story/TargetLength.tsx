import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TargetChars } from '../../../shared/model/target-length';

/**
 * 本稿需 [600] 字: the length an editor asks of a story on no page yet (story.setTarget),
 * saved when the field is left or Enter pressed; empty clears it.
 */
export function TargetLength(props: {
  value: number | null;
  onSet: (targetChars: number | null) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState(props.value === null ? '' : String(props.value));
  useEffect(() => setText(props.value === null ? '' : String(props.value)), [props.value]);
  const commit = () => {
    const trimmed = text.trim();
    if (trimmed === '') {
      if (props.value !== null) props.onSet(null);
      return;
    }
    const parsed = TargetChars.safeParse(Number(trimmed));
    if (!parsed.success) {
      setText(props.value === null ? '' : String(props.value));
      return;
    }
    if (parsed.data !== props.value) props.onSet(parsed.data);
  };
  return (
    <span className="target-length" title={t('copyfit.targetHint')}>
      <label htmlFor={id}>{t('copyfit.target')}</label>
      <input
        id={id}
        data-testid="target-input"
        type="text"
        inputMode="numeric"
        size={6}
        value={text}
        disabled={props.disabled}
        onChange={(event) => setText(event.target.value.replace(/[^\d]/g, ''))}
        onBlur={commit}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            commit();
          }
        }}
      />
      <span>{t('copyfit.targetUnit')}</span>
    </span>
  );
}
