import type { SettingKey } from '../../../shared/model/settings';
import { LogoSetting } from './LogoSetting';
import { useSettingText } from './labels';
import { PageSizeSetting } from './PageSizeSetting';
import { SimpleSetting } from './SimpleSetting';
import type { FieldKind } from './setting-fields';

/** One setting: its label, its input, a hint, and the desk's refusal beside it. */
export function SettingField(props: {
  settingKey: SettingKey;
  field: FieldKind;
  value: string;
  readOnly: boolean;
  error: string | undefined;
  onChange: (value: string) => void;
  onError: (message: string | null) => void;
}) {
  const text = useSettingText();
  const { settingKey: key, field } = props;
  const id = `setting-${key.replace('.', '-')}`;
  const hint = text.hint(key);
  const describedBy =
    [hint ? `${id}-hint` : '', props.error ? `${id}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const common = { id, value: props.value, readOnly: props.readOnly, describedBy };
  return (
    <div className={`setting-row${props.error ? ' has-error' : ''}`} data-setting={key}>
      <label htmlFor={id}>{text.label(key)}</label>
      <div className="setting-control">
        {field.kind === 'logo' ? (
          <LogoSetting {...common} onChange={props.onChange} onError={props.onError} />
        ) : field.kind === 'page-size' ? (
          <PageSizeSetting
            {...common}
            invalid={Boolean(props.error)}
            optionLabel={text.option}
            onChange={props.onChange}
          />
        ) : (
          <SimpleSetting
            {...common}
            field={field}
            invalid={Boolean(props.error)}
            optionLabel={(value) => text.option(value, key)}
            onChange={props.onChange}
          />
        )}
        {hint && (
          <span id={`${id}-hint`} className="muted setting-hint">
            {hint}
          </span>
        )}
        {props.error && (
          <span id={`${id}-error`} className="field-error" role="alert">
            {props.error}
          </span>
        )}
      </div>
    </div>
  );
}
