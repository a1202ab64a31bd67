import { useTranslation } from 'react-i18next';

/**
 * Labels looked up by a setting key (`settings.fields.page.size`): a key the model gained
 * after these files were written shows as itself rather than as a missing string.
 */
export function useSettingText() {
  const { i18n } = useTranslation();
  const lookup = (path: string, fallback: string): string =>
    i18n.exists(path) ? String(i18n.t(path as never)) : fallback;
  return {
    label: (key: string) => lookup(`settings.fields.${key}`, key),
    hint: (key: string) => lookup(`settings.hints.${key.split('.').at(-1) ?? key}`, ''),
    /** A choice's label: its own for this key when it has one, else the shared one. */
    option: (value: string, key?: string) =>
      lookup(`settings.choiceLabels.${key}.${value}`, lookup(`settings.options.${value}`, value)),
  };
}
