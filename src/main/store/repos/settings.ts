import { houseDefaults } from '../../../shared/model/paper-size';
import { DEFAULT_SETTINGS, type SettingKey, type Settings } from '../../../shared/model/settings';
import type { Db } from '../open-database';

/** Settings are stored as JSON per key; keys never set read as their defaults, columns and
 * margins as the defaults of the paper's page size (6 columns on a tabloid, not 8). */
export function createSettingsRepo(db: Db) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const upsert = db.prepare(
    'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value',
  );
  return {
    all(): Settings {
      const stored: Record<string, unknown> = {};
      for (const row of all.all()) {
        if (Object.hasOwn(DEFAULT_SETTINGS, row.key)) stored[row.key] = JSON.parse(row.value);
      }
      const size = (stored['page.size'] as string | undefined) ?? DEFAULT_SETTINGS['page.size'];
      return { ...DEFAULT_SETTINGS, ...houseDefaults(size), ...stored } as Settings;
    },
    set<K extends SettingKey>(key: K, value: Settings[K]): void {
      upsert.run(key, JSON.stringify(value));
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
