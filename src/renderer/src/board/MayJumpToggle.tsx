import { useTranslation } from 'react-i18next';
import type { LayoutModule } from '../../../shared/contract/wire/layout-page';

/** 可转版: the selected story may jump where its page cannot hold its stories. */
export function MayJumpToggle(props: {
  module: LayoutModule;
  disabled: boolean;
  onChange: (mayJump: boolean) => void;
}) {
  const { t } = useTranslation();
  if (props.module.part !== 1 || props.module.jumpTo !== null) return null;
  return (
    <label className="may-jump" title={t('pageMaking.mayJumpHint')}>
      <input
        type="checkbox"
        checked={props.module.mayJump}
        disabled={props.disabled}
        onChange={(e) => props.onChange(e.target.checked)}
      />{' '}
      {t('pageMaking.mayJump')}
    </label>
  );
}
