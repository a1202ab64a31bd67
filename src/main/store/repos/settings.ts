import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../../../shared/model/settings';
import type { Db } from '../open-database';

/** Settings are stored as JSON per key; keys never set read as their defaults. */
export function createSettingsRepo(db: Db) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    all(): Settings {
      const settings: Record<string, unknown> = { ...DEFAULT_SETTINGS };
      for (const row of all.all()) {
        if (Object.hasOwn(DEFAULT_SETTINGS, row.key)) settings[row.key] = JSON.parse(row.value);
      }
      return settings as Settings;
    },
    set<K extends SettingKey>(key: K, value: Settings[K]): void {
      upsert.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
