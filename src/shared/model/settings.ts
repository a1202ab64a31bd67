import { z } from 'zod';

/** Paper settings (CLI.md keys). Each key has its own schema so a bad value names its key. */
export const SETTING_SCHEMAS = {
  'paper.name': z.string().trim().min(1).max(40),
  'paper.logo': z.string().max(200),
  'paper.organ': z.string().max(60),
  'paper.publisher': z.string().max(60),
  'paper.serial': z.string().max(40),
  'paper.language': z.enum(['zh', 'en']),
  'page.size': z
    .string()
    .regex(
      /^(broadsheet|tabloid|\d{2,4}(\.\d)?x\d{2,4}(\.\d)?mm)$/,
      'broadsheet, tabloid or WxHmm',
    ),
  'page.columns': z.coerce.number().int().min(1).max(12),
  /** mm, CSS order: 1 to 4 sizes (`25 20` = 25 top and bottom, 20 left and right). */
  'page.margins': z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d)?( \d{1,3}(\.\d)?){0,3}$/, '1 to 4 sizes in mm, e.g. 25 20'),
  /** mm between columns (栏间距). */
  'page.gutter': z.coerce.number().min(0).max(20),
  'type.body': z.coerce.number().min(5).max(20),
  'type.leading': z.coerce.number().min(5).max(40),
  'typeset.kinsoku': z.enum(['basic', 'gb', 'strict']),
  /** A folder the desktop app watches for story files; empty for none. */
  'import.inbox': z
    .string()
    .max(500)
    .refine((s) => s === '' || /^([A-Za-z]:)?[\\/]/.test(s), 'an absolute folder path, or empty'),
} as const;

export type SettingKey = keyof typeof SETTING_SCHEMAS;
export const SETTING_KEYS = Object.keys(SETTING_SCHEMAS) as SettingKey[];
export const SettingKeySchema = z.enum(SETTING_KEYS as [SettingKey, ...SettingKey[]]);

export type Settings = { [K in SettingKey]: z.infer<(typeof SETTING_SCHEMAS)[K]> };

/** What a new paper starts with: a generic city daily, 对开 broadsheet, 8 columns, 新五号 body. */
export const DEFAULT_SETTINGS: Settings = {
  'paper.name': '城市日报',
  'paper.logo': '',
  'paper.organ': '',
  'paper.publisher': '城市日报社出版',
  'paper.serial': '',
  'paper.language': 'zh',
  'page.size': 'broadsheet',
  'page.columns': 8,
  'page.margins': '25 20',
  'page.gutter': 4,
  'type.body': 9,
  'type.leading': 14,
  'typeset.kinsoku': 'basic',
  'import.inbox': '',
};

/** Parses a setting value given as text (CLI) or JSON (UI); throws a ZodError naming nothing. */
export function parseSettingValue<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  return SETTING_SCHEMAS[key].parse(value) as Settings[K];
}
