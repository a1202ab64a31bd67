import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/model/profile';
import { ROLES, type Role } from '../../../shared/model/roles';
import { useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';

/**
 * Name and role; the desk refuses an empty or taken name, shown beside the form. The new
 * profile gets a one-time password, shown once to the admin.
 */
export function AddProfileForm(props: {
  onAdded: (profile: Profile & { oneTimePassword?: string }) => void;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('reporter');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      const profile = await invoke('profile.create', { name, role });
      setName('');
      setError(null);
      props.onAdded(profile);
    } catch (e) {
      setError(errorMessage(e, (field) => (field === 'name' ? t('users.name') : undefined)));
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="add-profile" noValidate onSubmit={(event) => void submit(event)}>
      <h2>{t('users.add')}</h2>
      <div className="field-inline">
        <label htmlFor="new-profile-name">{t('users.name')}</label>
        <input
          id="new-profile-name"
          type="text"
          value={name}
          maxLength={40}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? 'new-profile-error' : undefined}
          onChange={(event) => setName(event.target.value)}
        />
      </div>
      <div className="field-inline">
        <label htmlFor="new-profile-role">{t('users.role')}</label>
        <select
          id="new-profile-role"
          value={role}
          onChange={(event) => setRole(event.target.value as Role)}
        >
          {ROLES.map((option) => (
            <option key={option} value={option}>
              {t(`roles.${option}`)}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="primary-button" disabled={busy}>
        {busy ? t('users.adding') : t('users.add')}
      </button>
      {error && (
        <span id="new-profile-error" className="field-error" role="alert">
          {error}
        </span>
      )}
    </form>
  );
}
