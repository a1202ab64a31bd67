import { SETTING_KEYS, type SettingKey } from '../../../shared/model/settings';
import { UsageError } from '../cli-error';
import { defineCommand } from '../command';

function isKey(key: string): key is SettingKey {
  return (SETTING_KEYS as string[]).includes(key);
}

export const settingsCommand = defineCommand({
  usage: 'settings get [KEY] | settings set KEY VALUE',
  summary: 'paper settings',
  options: {},
  async run(ctx, words) {
    const [verb, key, value, ...extra] = words;
    if (key !== undefined && !isKey(key)) {
      throw new UsageError(`unknown setting ${key}; keys: ${SETTING_KEYS.join(', ')}`);
    }
    if (verb === 'get' && value === undefined) {
      const settings = await ctx.call('settings.get', {});
      if (key) return ctx.print({ [key]: settings[key] }, () => [String(settings[key])]);
      return ctx.print(settings, () => SETTING_KEYS.map((k) => `${k}\t${settings[k]}`));
    }
    if (verb === 'set' && key && value !== undefined && extra.length === 0) {
      const settings = await ctx.call('settings.set', { key, value });
      return ctx.print({ [key]: settings[key] }, () => [`${key}\t${settings[key]}`]);
    }
    throw new UsageError(`usage: newsdesk ${settingsCommand.usage}`);
  },
});
