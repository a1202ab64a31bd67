import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { kindOf } from '../../src/renderer/src/settings/setting-fields';
import { api } from '../../src/shared/contract';
import { TemplateName } from '../../src/shared/contract/domains/template';
import {
  BLEED_LIMIT,
  CUSTOM_PAGE_MM,
  FORCE_REASON_MAX_LENGTH,
  SETTING_LIMITS,
  SETTING_MAX_LENGTHS,
  TEMPLATE_NAME_MAX_LENGTH,
} from '../../src/shared/model/limits';
import { SETTING_KEYS, SETTING_SCHEMAS, type SettingKey } from '../../src/shared/model/settings';

// One table of limits (issue #11, point 3): the settings schemas, the export and template
// arguments and the renderer's inputs take their bounds from src/shared/model/limits.ts.

const ROOT = join(__dirname, '../..');
const accepts = (key: SettingKey, value: unknown) => SETTING_SCHEMAS[key].safeParse(value).success;
const limited = Object.entries(SETTING_LIMITS) as [keyof typeof SETTING_LIMITS, never][];
const lengths = Object.entries(SETTING_MAX_LENGTHS) as [keyof typeof SETTING_MAX_LENGTHS, number][];

/** A valid text of `n` characters for a text setting (paths absolute, names plain). */
function textOf(key: SettingKey, n: number): string {
  return key === 'import.inbox' || key === 'backup.folder'
    ? `/${'a'.repeat(n - 1)}`
    : 'a'.repeat(n);
}

describe('settings: the schemas follow the table', () => {
  it('names only settings that exist', () => {
    for (const key of [...Object.keys(SETTING_LIMITS), ...Object.keys(SETTING_MAX_LENGTHS)]) {
      expect(SETTING_KEYS).toContain(key);
    }
  });

  it.each(limited)('%s: min and max in, just outside out', (key) => {
    const { min, max, step } = SETTING_LIMITS[key];
    const integer = 'integer' in SETTING_LIMITS[key];
    expect(accepts(key, String(min))).toBe(true);
    expect(accepts(key, String(max))).toBe(true);
    expect(accepts(key, String(min - step))).toBe(false);
    expect(accepts(key, String(max + step))).toBe(false);
    expect(accepts(key, String(min + step / 2))).toBe(!integer);
  });

  it.each(lengths)('%s: %i characters at most', (key, max) => {
    expect(accepts(key, textOf(key, max))).toBe(true);
    expect(accepts(key, textOf(key, max + 1))).toBe(false);
  });

  it('every numeric setting has a row, and every row is a numeric setting', () => {
    const typeOf = (key: SettingKey) =>
      (SETTING_SCHEMAS[key] as { def: { type: string } }).def.type;
    const numeric = SETTING_KEYS.filter((key) => typeOf(key) === 'number');
    expect([...numeric].sort()).toEqual(Object.keys(SETTING_LIMITS).sort());
  });

  it('a custom page size is CUSTOM_PAGE_MM wide and high', () => {
    const { min, max } = CUSTOM_PAGE_MM;
    expect(accepts('page.size', `${min}x${max}mm`)).toBe(true);
    expect(accepts('page.size', `${min - 1}x${max}mm`)).toBe(false);
    expect(accepts('page.size', `${min}x${max + 1}mm`)).toBe(false);
  });
});

describe('settings: the screen’s inputs read the table', () => {
  it('number inputs take min, max and step from SETTING_LIMITS', () => {
    for (const key of SETTING_KEYS) {
      const field = kindOf(key);
      if (field.kind !== 'number') continue;
      const row: { min: number; max: number; step: number } | undefined =
        SETTING_LIMITS[key as keyof typeof SETTING_LIMITS];
      expect(row, key).toBeDefined();
      expect(field, key).toEqual({
        kind: 'number',
        min: row?.min,
        max: row?.max,
        step: String(row?.step),
      });
    }
  });

  it('text inputs take maxLength from SETTING_MAX_LENGTHS', () => {
    for (const key of SETTING_KEYS) {
      const field = kindOf(key);
      if (field.kind !== 'text' || field.maxLength === undefined) continue;
      expect(field.maxLength, key).toBe(
        SETTING_MAX_LENGTHS[key as keyof typeof SETTING_MAX_LENGTHS],
      );
    }
  });

  it('choices offer exactly what the schema accepts', () => {
    for (const key of SETTING_KEYS) {
      const field = kindOf(key);
      if (field.kind !== 'choice') continue;
      const schema = SETTING_SCHEMAS[key] as unknown as { options: readonly string[] };
      expect(field.options, key).toEqual(schema.options);
    }
  });

  it('no bound is written into the settings and export inputs', () => {
    const files = [
      'src/renderer/src/settings/setting-fields.ts',
      'src/renderer/src/settings/PageSizeSetting.tsx',
      'src/renderer/src/lan/LanShareSection.tsx',
      'src/renderer/src/board/ExportOptions.tsx',
      'src/renderer/src/board/ExportDialog.tsx',
      'src/renderer/src/board/TemplatePanel.tsx',
    ];
    for (const file of files) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/\b(min|max|maxLength|step)(=\{?|: )['"]?\d/);
    }
  });
});

describe('export and template arguments', () => {
  it('bleed: BLEED_LIMIT', () => {
    const args = api['export.pdf'].args;
    const ok = (bleedMm: number) => args.safeParse({ date: '2026-03-02', bleedMm }).success;
    expect(ok(BLEED_LIMIT.min)).toBe(true);
    expect(ok(BLEED_LIMIT.max)).toBe(true);
    expect(ok(BLEED_LIMIT.min - BLEED_LIMIT.step)).toBe(false);
    expect(ok(BLEED_LIMIT.max + BLEED_LIMIT.step)).toBe(false);
  });

  it('force reason and template name lengths', () => {
    const args = api['export.pdf'].args;
    const force = (n: number) => args.safeParse({ date: '2026-03-02', force: 'a'.repeat(n) });
    expect(force(FORCE_REASON_MAX_LENGTH).success).toBe(true);
    expect(force(FORCE_REASON_MAX_LENGTH + 1).success).toBe(false);
    expect(TemplateName.safeParse('a'.repeat(TEMPLATE_NAME_MAX_LENGTH)).success).toBe(true);
    expect(TemplateName.safeParse('a'.repeat(TEMPLATE_NAME_MAX_LENGTH + 1)).success).toBe(false);
  });
});
