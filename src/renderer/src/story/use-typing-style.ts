import { useMemo } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import { type TypingStyle, typingStyleOf } from '../../../shared/text/smart-quotes';
import { useSettingsQuery } from '../data/settings-query';

/**
 * The paper's quotes and dashes for the story editor (type.smartQuotes, type.dash): the
 * defaults until the settings are in (a failed load keeps them; the settings screen says
 * what is wrong), and the new ones after every settings.changed.
 */
export function useTypingStyle(): TypingStyle {
  const { settings } = useSettingsQuery();
  return useMemo(() => typingStyleOf({ ...DEFAULT_SETTINGS, ...settings } as Settings), [settings]);
}
