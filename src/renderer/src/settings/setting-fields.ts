import {
  LANGUAGES,
  PHOTO_COLOURS,
  SETTING_KEYS,
  type SettingKey,
} from '../../../shared/model/settings';
import { HYPHENATION_LANGUAGES, KINSOKU_LEVELS } from '../../../shared/typeset/types';

/** How a setting is edited. A key the table does not know yet gets a text box. */
export type FieldKind =
  | { kind: 'text'; maxLength?: number }
  | { kind: 'number'; step: string; min: number; max: number }
  | { kind: 'choice'; options: readonly string[] }
  | { kind: 'page-size' }
  | { kind: 'logo' };

const KINDS: Partial<Record<SettingKey, FieldKind>> = {
  'paper.name': { kind: 'text', maxLength: 40 },
  'paper.logo': { kind: 'logo' },
  'paper.organ': { kind: 'text', maxLength: 60 },
  'paper.publisher': { kind: 'text', maxLength: 60 },
  'paper.serial': { kind: 'text', maxLength: 40 },
  'paper.language': { kind: 'choice', options: LANGUAGES },
  'paper.volume': { kind: 'text', maxLength: 20 },
  'paper.edition': { kind: 'text', maxLength: 60 },
  'paper.lunar': { kind: 'choice', options: ['auto', 'on', 'off'] },
  'page.size': { kind: 'page-size' },
  'page.columns': { kind: 'number', step: '1', min: 1, max: 12 },
  'page.gutter': { kind: 'number', step: '0.5', min: 0, max: 20 },
  'type.body': { kind: 'number', step: '0.5', min: 5, max: 20 },
  'type.leading': { kind: 'number', step: '0.5', min: 5, max: 40 },
  'type.latinFace': { kind: 'choice', options: ['auto', 'on', 'off'] },
  'type.smartQuotes': { kind: 'choice', options: ['on', 'off'] },
  'type.dash': { kind: 'choice', options: ['em', 'en'] },
  'typeset.kinsoku': { kind: 'choice', options: KINSOKU_LEVELS },
  'signin.kind': { kind: 'choice', options: ['password', 'pin'] },
  'session.idleMinutes': { kind: 'number', step: '5', min: 5, max: 1440 },
  'session.maxHours': { kind: 'number', step: '1', min: 1, max: 72 },
  'lock.expiryMinutes': { kind: 'number', step: '1', min: 1, max: 120 },
  'typeset.hyphenation': { kind: 'choice', options: HYPHENATION_LANGUAGES },
  'typeset.wordSpaceMin': { kind: 'number', step: '0.05', min: 0.5, max: 1 },
  'typeset.wordSpaceMax': { kind: 'number', step: '0.05', min: 1, max: 3 },
  'typeset.letterSpacing': { kind: 'number', step: '0.5', min: 0, max: 10 },
  'print.colour': { kind: 'choice', options: PHOTO_COLOURS },
  'print.outputIntent': { kind: 'text', maxLength: 60 },
  'print.pageFiles': { kind: 'text', maxLength: 100 },
  'print.approval': { kind: 'choice', options: ['required', 'off'] },
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
