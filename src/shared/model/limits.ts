// The bounds of the paper's numeric and text settings, of the export's bleed and of a few
// typed names, stated once: the schemas (settings.ts, the contract's export and template
// arguments), the CLI's checks and the renderer's inputs (min, max, step, maxLength) all
// read them from here.

/** A number's range, and the step its input moves by. */
export interface NumberLimit {
  readonly min: number;
  readonly max: number;
  readonly step: number;
  /** Whole numbers only. */
  readonly integer?: true;
}

/** Numeric settings: what the schema accepts and the settings screen offers. */
export const SETTING_LIMITS = {
  'page.columns': { min: 1, max: 12, step: 1, integer: true },
  /** mm between columns (栏间距). */
  'page.gutter': { min: 0, max: 20, step: 0.5 },
  /** Body type size in pt (新五号 ≈ 9 pt). */
  'type.body': { min: 5, max: 20, step: 0.5 },
  /** Body leading (the grid pitch) in pt. */
  'type.leading': { min: 5, max: 40, step: 0.5 },
  'typeset.wordSpaceMin': { min: 0.5, max: 1, step: 0.05 },
  'typeset.wordSpaceMax': { min: 1, max: 3, step: 0.05 },
  /** % of the em. */
  'typeset.letterSpacing': { min: 0, max: 10, step: 0.5 },
  'backup.keep': { min: 1, max: 365, step: 1, integer: true },
  'session.idleMinutes': { min: 5, max: 1440, step: 5, integer: true },
  'session.maxHours': { min: 1, max: 72, step: 1, integer: true },
  'lock.expiryMinutes': { min: 1, max: 120, step: 1, integer: true },
  'lan.port': { min: 1024, max: 65535, step: 1, integer: true },
} as const satisfies Record<string, NumberLimit>;
export type LimitedSettingKey = keyof typeof SETTING_LIMITS;

/** Longest text of the text settings, in characters. */
export const SETTING_MAX_LENGTHS = {
  'paper.name': 40,
  'paper.logo': 200,
  'paper.organ': 60,
  'paper.publisher': 60,
  'paper.serial': 40,
  'paper.volume': 20,
  'paper.edition': 60,
  'import.inbox': 500,
  'backup.folder': 500,
  'print.outputIntent': 60,
  'print.pageFiles': 100,
} as const satisfies Record<string, number>;
export type LengthLimitedSettingKey = keyof typeof SETTING_MAX_LENGTHS;

/** A custom page.size's width and height in mm (the schema's 2 to 4 digits, one decimal). */
export const CUSTOM_PAGE_MM = { min: 10, max: 9999, step: 0.1 } as const satisfies NumberLimit;

/** Bleed around the trim on export, in mm (3 is usual). */
export const BLEED_LIMIT = { min: 0, max: 10, step: 0.5 } as const satisfies NumberLimit;

/** Longest reason for exporting despite preflight errors (audited, and in the PDF's Info). */
export const FORCE_REASON_MAX_LENGTH = 500;

/** Longest name of a page template (对开·头条通栏, 周一要闻版). */
export const TEMPLATE_NAME_MAX_LENGTH = 40;

/** Whether `n` lies within the limit (and is whole where the limit asks for it). */
export function withinLimit(n: number, limit: NumberLimit): boolean {
  return n >= limit.min && n <= limit.max && (!limit.integer || Number.isInteger(n));
}

/** `n` moved into the limit's range. */
export function clampToLimit(n: number, limit: NumberLimit): number {
  return Math.min(limit.max, Math.max(limit.min, n));
}
