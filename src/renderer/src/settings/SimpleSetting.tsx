import type { CheckedSettingInputProps, FieldKind } from './setting-fields';

/** A text box, number box or choice list for one setting. */
export function SimpleSetting(props: CheckedSettingInputProps & { field: FieldKind }) {
  const { field, id } = props;
  const common = {
    id,
    'aria-describedby': props.describedBy,
    'aria-invalid': props.invalid || undefined,
  };
  if (field.kind === 'choice') {
    return (
      <select
        {...common}
        value={props.value}
        disabled={props.readOnly}
        onChange={(event) => props.onChange(event.target.value)}
      >
        {field.options.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel(option)}
          </option>
        ))}
      </select>
    );
  }
  return (
    <input
      {...common}
      type={field.kind === 'number' ? 'number' : 'text'}
      step={field.kind === 'number' ? field.step : undefined}
      min={field.kind === 'number' ? field.min : undefined}
      max={field.kind === 'number' ? field.max : undefined}
      maxLength={field.kind === 'text' ? field.maxLength : undefined}
      value={props.value}
      readOnly={props.readOnly}
      autoComplete="off"
      onChange={(event) => props.onChange(event.target.value)}
    />
  );
}
