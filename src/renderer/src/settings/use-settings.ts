import { useMemo, useState } from 'react';
import type { SettingKey } from '../../../shared/model/settings';
import { useTransport } from '../api-context';
import { useSettingsQuery } from '../data/settings-query';
import { errorMessage } from '../lib/error-message';

type Values = Record<string, string>;

const asText = (map: Record<string, string | number>): Values =>
  Object.fromEntries(Object.entries(map).map(([key, value]) => [key, String(value)]));

/**
 * The paper settings as text for the form: what is stored, what was edited, and per key the
 * desk's refusal of the last save. Saving sends each edited key with settings.set.
 */
export function useSettings() {
  const { invoke } = useTransport();
  const { settings, error: loadFailure, stored: keep } = useSettingsQuery();
  const stored = useMemo(() => (settings ? asText(settings) : null), [settings]);
  const [draft, setDraft] = useState<Values>({});
  const [errors, setErrors] = useState<Values>({});
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const loadError = loadFailure ? errorMessage(loadFailure) : null;

  const value = (key: string) => draft[key] ?? stored?.[key] ?? '';
  const dirty = Object.keys(draft).filter((key) => draft[key] !== stored?.[key]);

  const edit = (key: string, text: string) => {
    setDraft((current) => ({ ...current, [key]: text }));
    setSaved(false);
  };
  const setError = (key: string, message: string | null) =>
    setErrors(({ [key]: _old, ...rest }) =>
      message === null ? rest : { ...rest, [key]: message },
    );

  const save = async () => {
    setSaving(true);
    setSaved(false);
    let failed = false;
    for (const key of dirty) {
      const text = draft[key] ?? '';
      try {
        const map = await invoke('settings.set', { key: key as SettingKey, value: text });
        keep(map);
        setDraft(({ [key]: _sent, ...rest }) => rest);
        setError(key, null);
      } catch (error) {
        failed = true;
        setError(key, errorMessage(error));
      }
    }
    setSaving(false);
    setSaved(!failed);
  };

  return { stored, loadError, value, edit, dirty, errors, setError, save, saving, saved };
}
