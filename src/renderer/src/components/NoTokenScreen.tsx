import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './LanguageSwitch';

/** Browser mode opened without the host's #token=… link: nothing can be asked of the API. */
export function NoTokenScreen() {
  const { t } = useTranslation();
  return (
    <div className="app">
      <header className="app-header">
        <span className="app-name">{t('app.name')}</span>
        <div className="app-header-tools">
          <LanguageSwitch />
        </div>
      </header>
      <main className="picker">
        <p className="alert" role="alert">
          {t('connection.noToken')}
        </p>
      </main>
    </div>
  );
}
