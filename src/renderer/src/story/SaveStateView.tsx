import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/error-message';
import type { SaveState } from './use-autosave';

function clock(at: Date): string {
  return [at.getHours(), at.getMinutes(), at.getSeconds()]
    .map((n) => String(n).padStart(2, '0'))
    .join(':');
}

/** 未保存 / 保存中… / 已保存 HH:MM:SS, and a failed save's reason. */
export function SaveStateView(props: {
  state: SaveState;
  labelOf?: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const { state } = props;
  return (
    <>
      <span className={`save-state save-${state.kind}`} role="status" data-testid="save-state">
        {state.kind === 'unsaved' && t('save.unsaved')}
        {state.kind === 'saving' && t('save.saving')}
        {state.kind === 'saved' &&
          t('save.savedAt', { time: clock(state.at), version: state.version })}
        {state.kind === 'failed' && t('save.failed')}
      </span>
      {state.kind === 'failed' && <ErrorAlert message={errorMessage(state.error, props.labelOf)} />}
    </>
  );
}
