import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/model/profile';
import { useApiEvents, useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { errorMessage } from '../lib/error-message';

/** "Who is working?": lists profile.list; picking one hands it up for session.select. */
export function ProfilePicker(props: { onPick: (profile: Profile) => void; error: string | null }) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [profiles, setProfiles] = useState<Profile[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  const load = useCallback(() => {
    invoke('profile.list', {}).then(
      (list) => {
        setProfiles(list);
        setLoadError(null);
      },
      (error: unknown) => setLoadError(errorMessage(error)),
    );
  }, [invoke]);

  useEffect(load, [load]);
  useApiEvents(['profiles.changed'], load);

  return (
    <main className="picker" aria-labelledby="picker-heading">
      <h1 id="picker-heading">{t('profile.heading')}</h1>
      <ErrorAlert message={props.error ?? loadError} />
      {profiles === null && !loadError && <p className="muted">{t('app.loading')}</p>}
      {profiles?.length === 0 && <p className="notice">{t('profile.none')}</p>}
      {profiles && profiles.length > 0 && (
        <>
          <p className="muted">{t('profile.intro')}</p>
          <ul className="profile-list">
            {profiles.map((profile) => (
              <li key={profile.id}>
                <button
                  type="button"
                  className="profile-choice"
                  aria-label={t('profile.pick', { name: profile.name })}
                  onClick={() => props.onPick(profile)}
                >
                  <span className="profile-name">{profile.name}</span>
                  <span className="role-badge">{t(`roles.${profile.role}`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </main>
  );
}
