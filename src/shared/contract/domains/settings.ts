import { z } from 'zod';
import { SettingKeySchema } from '../../model/settings';
import { None } from '../wire/common';

const SettingsMap = z.record(z.string(), z.union([z.string(), z.number()]));

export const settingsApi = {
  'settings.get': { args: None, result: SettingsMap },
  'settings.set': {
    args: z.object({ key: SettingKeySchema, value: z.union([z.string(), z.number()]) }).strict(),
    result: SettingsMap,
  },
} as const;
