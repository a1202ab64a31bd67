import { z } from 'zod';
import { HYPHENATION_LANGUAGES, KINSOKU_LEVELS } from '../typeset/types';
import { PAGE_SIZE_PRESET_NAMES } from './issue';
import {
  type LengthLimitedSettingKey,
  type LimitedSettingKey,
  SETTING_LIMITS,
  SETTING_MAX_LENGTHS,
} from './limits';

/** The paper's language: its masthead, dates and the app's menus. */
export const LANGUAGES = ['zh', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** How photos go to the plant. */
export const PHOTO_COLOURS = ['cmyk', 'grey', 'rgb'] as const;
export type PhotoColour = (typeof PHOTO_COLOURS)[number];

/** A numeric setting within its row of SETTING_LIMITS (given as text by the CLI). */
function numberSetting(key: LimitedSettingKey) {
  const limit: { min: number; max: number; integer?: true } = SETTING_LIMITS[key];
  const n = z.coerce.number();
  return (limit.integer ? n.int() : n).min(limit.min).max(limit.max);
}

/** A text setting no longer than its SETTING_MAX_LENGTHS. */
const maxLength = (key: LengthLimitedSettingKey) => SETTING_MAX_LENGTHS[key];

const PRESETS = PAGE_SIZE_PRESET_NAMES.join('|');

/** Paper settings (CLI.md keys). Each key has its own schema so a bad value names its key. */
export const SETTING_SCHEMAS = {
  'paper.name': z.string().trim().min(1).max(maxLength('paper.name')),
  'paper.logo': z.string().max(maxLength('paper.logo')),
  'paper.organ': z.string().max(maxLength('paper.organ')),
  'paper.publisher': z.string().max(maxLength('paper.publisher')),
  'paper.serial': z.string().max(maxLength('paper.serial')),
  /** Volume on an English masthead ("Vol. 12, No. 3,402"); empty for none. */
  'paper.volume': z.string().trim().max(maxLength('paper.volume')),
  /** Price or edition line under the date ("$2.00", "City Edition"); empty for none. */
  'paper.edition': z.string().max(maxLength('paper.edition')),
  /** Lunar date on the masthead: auto = in a Chinese paper only. */
  'paper.lunar': z.enum(['auto', 'on', 'off']),
  'paper.language': z.enum(LANGUAGES),
  'page.size': z
    .string()
    .regex(
      new RegExp(`^(${PRESETS}|\\d{2,4}(\\.\\d)?x\\d{2,4}(\\.\\d)?mm)$`),
      `${PAGE_SIZE_PRESET_NAMES.join(', ')} or WxHmm`,
    ),
  'page.columns': numberSetting('page.columns'),
  /** mm, CSS order: 1 to 4 sizes (`25 20` = 25 top and bottom, 20 left and right). */
  'page.margins': z
    .string()
    .trim()
    .regex(/^\d{1,3}(\.\d)?( \d{1,3}(\.\d)?){0,3}$/, '1 to 4 sizes in mm, e.g. 25 20'),
  /** mm between columns (栏间距). */
  'page.gutter': numberSetting('page.gutter'),
  'type.body': numberSetting('type.body'),
  'type.leading': numberSetting('type.leading'),
  /** Latin faces (Source Serif 4, Libre Franklin): auto = an English paper's text only;
   * on = also the Latin runs of a Chinese paper; off = never. */
  'type.latinFace': z.enum(['auto', 'on', 'off']),
  /** Straight quotes and apostrophes become curly (“ ” ‘ ’) and -- a dash, at import, on
   * paste and while typing; off keeps typewriter quotes and -- as written. */
  'type.smartQuotes': z.enum(['on', 'off']),
  /** What -- becomes in Latin text: an em dash — or an en dash – (Chinese text: ——). */
  'type.dash': z.enum(['em', 'en']),
  'typeset.kinsoku': z.enum(KINSOKU_LEVELS),
  /** Hyphenation patterns for Latin running text (off: words are never hyphenated). */
  'typeset.hyphenation': z.enum(HYPHENATION_LANGUAGES),
  /** Latin word spaces may shrink to this fraction of the normal space… */
  'typeset.wordSpaceMin': numberSetting('typeset.wordSpaceMin'),
  /** …and stretch to this one before a line counts as loose. */
  'typeset.wordSpaceMax': numberSetting('typeset.wordSpaceMax'),
  /** Most letter-spacing of Latin text (last resort), in % of the em. */
  'typeset.letterSpacing': numberSetting('typeset.letterSpacing'),
  /** A folder the desktop app watches for story files; empty for none. */
  'import.inbox': z
    .string()
    .max(maxLength('import.inbox'))
    .refine((s) => s === '' || /^([A-Za-z]:)?[\\/]/.test(s), 'an absolute folder path, or empty'),
  /** Where the app keeps its backups; empty: a `backups` folder beside the database. */
  'backup.folder': z
    .string()
    .max(maxLength('backup.folder'))
    .refine((s) => s === '' || /^([A-Za-z]:)?[\\/]/.test(s), 'an absolute folder path, or empty'),
  /** The daily backup's local time (after the paper has gone to press). */
  'backup.time': z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'a time as HH:MM, e.g. 04:00'),
  /** How many of the app's own backups are kept; older ones are removed. */
  'backup.keep': numberSetting('backup.keep'),
  /** Passwords, or 6-digit PINs for a single shared desk machine. */
  'signin.kind': z.enum(['password', 'pin']),
  /** A session unused this long ends (minutes). */
  'session.idleMinutes': numberSetting('session.idleMinutes'),
  /** A session ends this long after its sign-in, used or not (hours: one shift). */
  'session.maxHours': numberSetting('session.maxHours'),
  /** An edit lock whose editor stopped renewing it lapses after this long (minutes). */
  'lock.expiryMinutes': numberSetting('lock.expiryMinutes'),
  /** This machine serves the paper to the LAN over HTTPS (the desktop app's switch, 在局域网共享本报). */
  'lan.share': z.enum(['on', 'off']),
  /** The port it listens on: fixed, so colleagues' bookmarks and the firewall rule keep working. */
  'lan.port': numberSetting('lan.port'),
  /** What photos print in: CMYK (colour pages), grey (black-and-white pages), or RGB left
   * for the plant to separate. Text and rules are always CMYK black. */
  'print.colour': z.enum(PHOTO_COLOURS),
  /** The PDF/X output intent: a characterization registered at color.org (IFRA26 = newsprint). */
  'print.outputIntent': z
    .string()
    .trim()
    .regex(
      new RegExp(`^[A-Za-z0-9_.\\- ]{1,${maxLength('print.outputIntent')}}$`),
      'a registered characterization name, e.g. IFRA26',
    ),
  /** 大样签发: export refuses a page the duty chief has not approved (off: no page gate). */
  'print.approval': z.enum(['required', 'off']),
  /** File name of each page's PDF: {paper} {yyyymmdd} {yyyy} {mm} {dd} {name} {page} {page:02}. */
  'print.pageFiles': z.string().trim().min(1).max(maxLength('print.pageFiles')),
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
  'paper.volume': '',
  'paper.edition': '',
  'paper.lunar': 'auto',
  'paper.language': 'zh',
  'page.size': 'broadsheet',
  'page.columns': 8,
  'page.margins': '25 20',
  'page.gutter': 4,
  'type.body': 9,
  'type.leading': 14,
  'type.latinFace': 'auto',
  'type.smartQuotes': 'on',
  'type.dash': 'em',
  'typeset.kinsoku': 'basic',
  'typeset.hyphenation': 'en-us',
  'typeset.wordSpaceMin': 0.8,
  'typeset.wordSpaceMax': 1.4,
  'typeset.letterSpacing': 3,
  'import.inbox': '',
  'backup.folder': '',
  'backup.time': '04:00',
  'backup.keep': 14,
  'signin.kind': 'password',
  'session.idleMinutes': 120,
  'session.maxHours': 12,
  'lock.expiryMinutes': 2,
  'lan.share': 'off',
  'lan.port': 8443,
  'print.colour': 'cmyk',
  'print.outputIntent': 'IFRA26',
  'print.pageFiles': '{paper}{yyyymmdd}{page:02}.pdf',
  'print.approval': 'required',
};

/** Parses a setting value given as text (CLI) or JSON (UI); throws a ZodError naming nothing. */
export function parseSettingValue<K extends SettingKey>(key: K, value: unknown): Settings[K] {
  return SETTING_SCHEMAS[key].parse(value) as Settings[K];
}

/** The settings chosen from a list (their schema is a z.enum). */
export type ChoiceSettingKey = {
  [K in SettingKey]: (typeof SETTING_SCHEMAS)[K] extends z.ZodEnum ? K : never;
}[SettingKey];

/** A choice setting's values, in order: what its schema accepts and its input offers. */
export function settingOptions(key: ChoiceSettingKey): readonly string[] {
  return SETTING_SCHEMAS[key].options;
}
