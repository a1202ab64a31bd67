import { badArgument, type Handlers } from '../../../shared/contract';
import { SETTING_SCHEMAS, type SettingKey, type Settings } from '../../../shared/model/settings';
import { type HandlerContext, requireActor, requirePermission } from '../context';

export const settingsHandlers: Handlers<HandlerContext, 'settings.get' | 'settings.set'> = {
  'settings.get': (_args, ctx) => {
    requireActor(ctx);
    return ctx.store.settings.all();
  },

  'settings.set': ({ key, value }, ctx) => {
    requirePermission(ctx, 'settings.write');
    const parsed = SETTING_SCHEMAS[key].safeParse(value);
    if (!parsed.success) throw badArgument(parsed.error, key);
    ctx.store.settings.set(key as SettingKey, parsed.data as Settings[SettingKey]);
    ctx.audit('settings.set', `setting:${key}`, String(parsed.data));
    ctx.emit('settings.changed');
    return ctx.store.settings.all();
  },
};
