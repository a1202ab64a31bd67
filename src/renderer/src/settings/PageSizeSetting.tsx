import { useTranslation } from 'react-i18next';
import { PAPER_SIZES } from '../../../shared/model/issue';
import { CUSTOM_PAGE_MM } from '../../../shared/model/limits';
import { type CheckedSettingInputProps, joinPageSize, splitPageSize } from './setting-fields';

const PRESETS = PAPER_SIZES;

/** 对开 / 四开 / custom width × height in mm, stored as `broadsheet`, `tabloid` or `WxHmm`. */
export function PageSizeSetting(props: CheckedSettingInputProps) {
  const { t } = useTranslation();
  const { preset, width, height } = splitPageSize(props.value);
  const set = (patch: Partial<{ preset: string; width: string; height: string }>) => {
    const next = { preset, width, height, ...patch };
    props.onChange(joinPageSize(next.preset, next.width, next.height));
  };
  const size = (which: 'width' | 'height', value: string) => (
    <span className="field-inline">
      <label htmlFor={`${props.id}-${which}`}>{t(`settings.${which}`)}</label>
      <input
        id={`${props.id}-${which}`}
        className="size-input"
        type="number"
        step={CUSTOM_PAGE_MM.step}
        min={CUSTOM_PAGE_MM.min}
        max={CUSTOM_PAGE_MM.max}
        value={value}
        readOnly={props.readOnly}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => set({ [which]: event.target.value })}
      />
    </span>
  );
  return (
    <span className="page-size-setting">
      <select
        id={props.id}
        value={preset}
        disabled={props.readOnly}
        aria-describedby={props.describedBy}
        aria-invalid={props.invalid || undefined}
        onChange={(event) => set({ preset: event.target.value })}
      >
        {PRESETS.map((option) => (
          <option key={option} value={option}>
            {props.optionLabel(option)}
          </option>
        ))}
      </select>
      {preset === 'custom' && (
        <>
          {size('width', width)}
          {size('height', height)}
        </>
      )}
    </span>
  );
}
