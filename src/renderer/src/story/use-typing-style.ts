import { useCallback, useEffect, useState } from 'react';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/model/settings';
import { type TypingStyle, typingStyleOf } from '../../../shared/text/smart-quotes';
import { useApiEvents, useTransport } from '../api-context';

/**
 * The paper's quotes and dashes for the story editor (type.smartQuotes, type.dash): the
 * defaults until settings.get answers, and again after every settings.changed.
 */
export function useTypingStyle(): TypingStyle {
  const { invoke } = useTransport();
  const [style, setStyle] = useState<TypingStyle>(() => typingStyleOf(DEFAULT_SETTINGS));
  const load = useCallback(() => {
    invoke('settings.get', {}).then(
      (map) => setStyle(typingStyleOf({ ...DEFAULT_SETTINGS, ...map } as Settings)),
      () => undefined, // the defaults stay; the settings screen reports what is wrong
    );
  }, [invoke]);
  useEffect(load, [load]);
  useApiEvents(['settings.changed'], load);
  return style;
}
