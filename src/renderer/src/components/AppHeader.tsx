import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/model/profile';
import { can } from '../../../shared/model/roles';
import { LanguageSwitch } from './LanguageSwitch';

type Section = 'desk' | 'issue' | 'board' | 'settings' | 'profiles' | 'audit' | 'backups';

/** Top bar: product name, the screens this role may use (no 本期/版面 for a reporter, who
 * may not edit pages; 备份与恢复 for admins only), who is working, switch profile, language. */
export function AppHeader(props: {
  profile: Profile | null;
  onSwitchProfile: () => void;
  current?: string;
  onNavigate?: (section: Section) => void;
}) {
  const { t } = useTranslation();
  const { profile } = props;
  const section = (kind: Section, label: string) => (
    <button
      type="button"
      className="quiet-button"
      aria-current={props.current === kind ? 'page' : undefined}
      onClick={() => props.onNavigate?.(kind)}
    >
      {label}
    </button>
  );
  return (
    <header className="app-header">
      <span className="app-name">{t('app.name')}</span>
      <div className="app-header-tools">
        {profile && props.onNavigate && (
          <nav className="app-nav" aria-label={t('nav.label')}>
            {section('desk', t('desk.heading'))}
            {can(profile.role, 'page.edit') && section('issue', t('nav.issue'))}
            {can(profile.role, 'page.edit') && section('board', t('nav.board'))}
            {section('settings', t('nav.settings'))}
            {can(profile.role, 'profiles.write') && section('profiles', t('nav.users'))}
            {can(profile.role, 'story.sign-off') && section('audit', t('nav.audit'))}
            {can(profile.role, 'settings.write') && section('backups', t('nav.backups'))}
          </nav>
        )}
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
