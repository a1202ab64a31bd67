import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Profile } from '../../../shared/model/profile';
import { can } from '../../../shared/model/roles';
import { ErrorAlert } from '../components/ErrorAlert';
import { LanShareSection } from '../lan/LanShareSection';
import { SettingField } from './SettingField';
import { GROUPS, groupOf, SETTING_FIELDS } from './setting-fields';
import { useSettings } from './use-settings';

/**
 * The paper's settings (CLI.md keys). Admins edit and save; everyone else reads. The UI
 * language is not here: it is the header's switch, and it is not the paper's language.
 */
export function SettingsScreen(props: { profile: Profile; onBack: () => void }) {
  const { t } = useTranslation();
  const settings = useSettings();
  const readOnly = !can(props.profile.role, 'settings.write');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!readOnly) void settings.save();
  };

  return (
    <main className="settings-screen" aria-labelledby="settings-heading">
      <div className="screen-bar">
        <button type="button" className="quiet-button" onClick={props.onBack}>
          ← {t('settings.back')}
        </button>
        <h1 id="settings-heading">{t('settings.heading')}</h1>
      </div>
      <p className="muted">{t('settings.intro')}</p>
      {readOnly && <p className="notice">{t('settings.readOnly')}</p>}
      <ErrorAlert message={settings.loadError} />
      {settings.stored && (
        // noValidate: the desk checks the values, and its refusal shows beside the field.
        <form className="settings-form" noValidate onSubmit={submit}>
          {GROUPS.map((group) => (
            <fieldset key={group} className="settings-group">
              <legend>{t(`settings.groups.${group}`)}</legend>
              {SETTING_FIELDS.filter(({ key }) => groupOf(key) === group).map(({ key, field }) => (
                <SettingField
                  key={key}
                  settingKey={key}
                  field={field}
                  value={settings.value(key)}
                  readOnly={readOnly}
                  error={settings.errors[key]}
                  onChange={(value) => settings.edit(key, value)}
                  onError={(message) => settings.setError(key, message)}
                />
              ))}
            </fieldset>
          ))}
          {!readOnly && (
            <div className="form-actions">
              <button
                type="submit"
                className="primary-button"
                disabled={settings.saving || settings.dirty.length === 0}
              >
                {settings.saving ? t('settings.saving') : t('settings.save')}
              </button>
              <span className="muted" aria-live="polite">
                {settings.dirty.length > 0
                  ? t('settings.unsaved')
                  : settings.saved
                    ? t('settings.saved')
                    : ''}
              </span>
            </div>
          )}
        </form>
      )}
      {settings.stored && <LanShareSection canChange={!readOnly} />}
    </main>
  );
}
