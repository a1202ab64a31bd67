import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/model/profile';
import { ROLES, type Role } from '../../../shared/model/roles';
import { useApiEvents, useTransport } from '../api-context';
import { ErrorAlert } from '../components/ErrorAlert';
import { formatUpdated } from '../lib/dates';
import { errorMessage } from '../lib/error-message';
import { AddProfileForm } from './AddProfileForm';

/** Admin: every profile with its role (changed in place), and a form to add one. */
export function ProfilesScreen(props: { onBack: () => void }) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [profiles, setProfiles] = useState<Profile[] | null>(null);
  const [error, setError] = useState<{ id: number | null; message: string } | null>(null);
  const [note, setNote] = useState<string | null>(null);

  const load = useCallback(() => {
    invoke('profile.list', {}).then(setProfiles, (e: unknown) =>
      setError({ id: null, message: errorMessage(e) }),
    );
  }, [invoke]);
  useEffect(load, [load]);
  useApiEvents(['profiles.changed'], load);

  // A reset gives a one-time password, shown to the admin once, changed at the next sign-in.
  const resetPassword = async (profile: Profile) => {
    try {
      const reset = await invoke('profile.setPassword', { id: profile.id });
      setError(null);
      setNote(t('users.resetDone', { name: reset.name, password: reset.oneTimePassword ?? '' }));
    } catch (e) {
      setError({ id: profile.id, message: errorMessage(e) });
    }
  };

  const changeRole = async (profile: Profile, role: Role) => {
    setNote(null);
    try {
      const changed = await invoke('profile.setRole', { id: profile.id, role });
      setError(null);
      setNote(t('users.changed', { name: changed.name, role: t(`roles.${changed.role}`) }));
      load();
    } catch (e) {
      setError({ id: profile.id, message: errorMessage(e) });
      load(); // the select shows the role the desk kept
    }
  };

  return (
    <main className="profiles-screen" aria-labelledby="profiles-heading">
      <div className="screen-bar">
        <button type="button" className="quiet-button" onClick={props.onBack}>
          ← {t('users.back')}
        </button>
        <h1 id="profiles-heading">{t('users.heading')}</h1>
      </div>
      <ErrorAlert message={error?.id === null ? error.message : null} />
      {profiles && (
        <table className="story-table profile-table">
          <thead>
            <tr>
              <th scope="col">{t('users.name')}</th>
              <th scope="col">{t('users.role')}</th>
              <th scope="col">{t('users.created')}</th>
              <th scope="col">{t('users.password')}</th>
            </tr>
          </thead>
          <tbody>
            {profiles.map((profile) => (
              <tr key={profile.id} data-profile={profile.name}>
                <td>{profile.name}</td>
                <td>
                  <select
                    aria-label={t('users.roleOf', { name: profile.name })}
                    value={profile.role}
                    onChange={(event) => void changeRole(profile, event.target.value as Role)}
                  >
                    {ROLES.map((role) => (
                      <option key={role} value={role}>
                        {t(`roles.${role}`)}
                      </option>
                    ))}
                  </select>
                  {error?.id === profile.id && (
                    <span className="field-error" role="alert">
                      {error.message}
                    </span>
                  )}
                </td>
                <td>
                  <time dateTime={profile.createdAt}>{formatUpdated(profile.createdAt)}</time>
                </td>
                <td>
                  <button
                    type="button"
                    className="quiet-button"
                    onClick={() => void resetPassword(profile)}
                  >
                    {t('users.reset', { name: profile.name })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted" aria-live="polite">
        {note}
      </p>
      <AddProfileForm
        onAdded={(profile) => {
          setNote(
            profile.oneTimePassword
              ? t('users.addedOneTime', { name: profile.name, password: profile.oneTimePassword })
              : t('users.added', { name: profile.name }),
          );
          load();
        }}
      />
    </main>
  );
}
