import {
  type LengthLimitedSettingKey,
  type LimitedSettingKey,
  SETTING_LIMITS,
  SETTING_MAX_LENGTHS,
} from '../../../shared/model/limits';
import {
  type ChoiceSettingKey,
  SETTING_KEYS,
  type SettingKey,
  settingOptions,
} from '../../../shared/model/settings';

/** How a setting is edited. A key the table does not know yet gets a text box. */
export type FieldKind =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'number'; step: string; min: number; max: number }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'page-size' }
  | { kind: 'logo' };

// Bounds and choices come from the model (limits.ts, the settings' z.enums).
const text = (key: LengthLimitedSettingKey): FieldKind => ({
  kind: 'text',
  maxLength: SETTING_MAX_LENGTHS[key],
});
const number = (key: LimitedSettingKey): FieldKind => {
  const { min, max, step } = SETTING_LIMITS[key];
  return { kind: 'number', step: String(step), min, max };
};
const choice = (key: ChoiceSettingKey): FieldKind => ({
  kind: 'choice',
  options: settingOptions(key),
});

const KINDS: Partial<Record<SettingKey, FieldKind>> = {
  'paper.name': text('paper.name'),
  'paper.logo': { kind: 'logo' },
  'paper.organ': text('paper.organ'),
  'paper.publisher': text('paper.publisher'),
  'paper.serial': text('paper.serial'),
  'paper.language': choice('paper.language'),
  'paper.volume': text('paper.volume'),
  'paper.edition': text('paper.edition'),
  'paper.lunar': choice('paper.lunar'),
  'page.size': { kind: 'page-size' },
  'page.columns': number('page.columns'),
  'page.gutter': number('page.gutter'),
  'type.body': number('type.body'),
  'type.leading': number('type.leading'),
  'type.latinFace': choice('type.latinFace'),
  'type.smartQuotes': choice('type.smartQuotes'),
  'type.dash': choice('type.dash'),
  'typeset.kinsoku': choice('typeset.kinsoku'),
  'signin.kind': choice('signin.kind'),
  'session.idleMinutes': number('session.idleMinutes'),
  'session.maxHours': number('session.maxHours'),
  'lock.expiryMinutes': number('lock.expiryMinutes'),
  'typeset.hyphenation': choice('typeset.hyphenation'),
  'typeset.wordSpaceMin': number('typeset.wordSpaceMin'),
  'typeset.wordSpaceMax': number('typeset.wordSpaceMax'),
  'typeset.letterSpacing': number('typeset.letterSpacing'),
  'print.colour': choice('print.colour'),
  'print.outputIntent': text('print.outputIntent'),
  'print.pageFiles': text('print.pageFiles'),
  'print.approval': choice('print.approval'),
};

export type SettingGroup = 'paper' | 'page' | 'type' | 'people';

/** The group a key is shown in: by its prefix (typeset.* goes with type). */
export function groupOf(key: string): SettingGroup {
  if (key.startsWith('paper.')) return 'paper';
  if (key.startsWith('page.')) return 'page';
  if (/^(signin|session|lock)\./.test(key)) return 'people';
  if (key.startsWith('page.') || key.startsWith('print.')) return 'page';
  return 'type';
}

export const GROUPS: readonly SettingGroup[] = ['paper', 'page', 'type', 'people'];

export function kindOf(key: SettingKey): FieldKind {
  return KINDS[key] ?? { kind: 'text' };
}

/** Every key of the model, in its order, with how it is edited; lan.* has its own section
 * (lan/LanShareSection.tsx), which shows the host's state beside the switch. */
export const SETTING_FIELDS = SETTING_KEYS.filter((key) => !key.startsWith('lan.')).map((key) => ({
  key,
  field: kindOf(key),
}));

/** `page.size` split for its inputs: a named size, or custom with width and height in mm. */
export function splitPageSize(value: string): { preset: string; width: string; height: string } {
  const custom = /^([^x]*)x([^x]*)mm$/.exec(value);
  if (custom) return { preset: 'custom', width: custom[1] ?? '', height: custom[2] ?? '' };
  return { preset: value || 'broadsheet', width: '', height: '' };
}

export function joinPageSize(preset: string, width: string, height: string): string {
  return preset === 'custom' ? `${width.trim()}x${height.trim()}mm` : preset;
}

/** What every setting's input gets from its row (SettingField). */
export interface SettingInputProps {
  id: string;
  value: string;
  readOnly: boolean;
  describedBy: string | undefined;
  onChange: (value: string) => void;
}

/** An input that marks itself invalid and names its choices (all but the logo). */
export interface CheckedSettingInputProps extends SettingInputProps {
  invalid: boolean;
  optionLabel: (value: string) => string;
}
