import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/model/profile';
import { LanguageSwitch } from './LanguageSwitch';

/** Top bar: product name, who is working (name and role), switch profile, language. */
export function AppHeader(props: { profile: Profile | null; onSwitchProfile: () => void }) {
  const { t } = useTranslation();
  const { profile } = props;
  return (
    <header className="app-header">
      <span className="app-name">{t('app.name')}</span>
      <div className="app-header-tools">
        {profile && (
          <>
            <span className="current-profile">
              <span className="visually-hidden">{t('profile.current')}</span>
              <span className="profile-name">{profile.name}</span>
              <span className="role-badge">{t(`roles.${profile.role}`)}</span>
            </span>
            <button type="button" className="quiet-button" onClick={props.onSwitchProfile}>
              {t('profile.switch')}
            </button>
          </>
        )}
        <LanguageSwitch />
      </div>
    </header>
  );
}
