import { describe, expect, it } from 'vitest';
import { typingStyleOf } from '../text/smart-quotes';
import { DEFAULT_SETTINGS, parseSettingValue, SETTING_SCHEMAS } from './settings';

describe('the quotes and dash settings', () => {
  it('default to curly quotes and the em dash', () => {
    expect(DEFAULT_SETTINGS['type.smartQuotes']).toBe('on');
    expect(DEFAULT_SETTINGS['type.dash']).toBe('em');
    expect(typingStyleOf(DEFAULT_SETTINGS)).toEqual({ smartQuotes: true, dash: 'em' });
  });

  it('take only their choices', () => {
    expect(parseSettingValue('type.smartQuotes', 'off')).toBe('off');
    expect(parseSettingValue('type.dash', 'en')).toBe('en');
    expect(SETTING_SCHEMAS['type.smartQuotes'].safeParse(true).success).toBe(false);
    expect(SETTING_SCHEMAS['type.smartQuotes'].safeParse('yes').success).toBe(false);
    expect(SETTING_SCHEMAS['type.dash'].safeParse('hyphen').success).toBe(false);
  });

  it('every key has a default its own schema accepts', () => {
    for (const [key, schema] of Object.entries(SETTING_SCHEMAS)) {
      expect(schema.safeParse(DEFAULT_SETTINGS[key as keyof typeof DEFAULT_SETTINGS]).success).toBe(
        true,
      );
    }
  });
});
