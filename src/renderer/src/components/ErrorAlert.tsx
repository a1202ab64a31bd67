import { useTranslation } from 'react-i18next';

/** The one visible place an API refusal or failure is shown (role="alert" is announced). */
export function ErrorAlert(props: { message: string | null; onDismiss?: () => void }) {
  const { t } = useTranslation();
  if (!props.message) return null;
  return (
    <div className="alert" role="alert">
      <strong className="alert-title">{t('errors.heading')}</strong>
      <span className="alert-message">{props.message}</span>
      {props.onDismiss && (
        <button type="button" className="link-button" onClick={props.onDismiss}>
          {t('errors.dismiss')}
        </button>
      )}
    </div>
  );
}
