import { useTranslation } from 'react-i18next';
import { BLEED_LIMIT, clampToLimit } from '../../../shared/model/limits';
import { PHOTO_COLOURS, type PhotoColour } from '../../../shared/model/settings';

export type { PhotoColour };

/** What the plant asked for this time: bleed, crop marks, page files, photo colour. */
export interface ExportChoice {
  bleedMm: number;
  cropMarks: boolean;
  perPage: boolean;
  /** Empty: the paper's print.colour setting. */
  colour: PhotoColour | '';
}

export const DEFAULT_CHOICE: ExportChoice = {
  bleedMm: 0,
  cropMarks: false,
  perPage: false,
  colour: '',
};

export function ExportOptions(props: {
  choice: ExportChoice;
  disabled: boolean;
  onChange: (choice: ExportChoice) => void;
}) {
  const { t } = useTranslation();
  const { choice, disabled } = props;
  const set = (patch: Partial<ExportChoice>) => props.onChange({ ...choice, ...patch });
  return (
    <fieldset className="export-options" disabled={disabled}>
      <legend>{t('export.options')}</legend>
      <label>
        {t('export.bleed')}
        <input
          type="number"
          min={BLEED_LIMIT.min}
          max={BLEED_LIMIT.max}
          step={BLEED_LIMIT.step}
          value={choice.bleedMm}
          onChange={(e) => set({ bleedMm: clampToLimit(Number(e.target.value) || 0, BLEED_LIMIT) })}
        />
      </label>
      <label>
        <input
          type="checkbox"
          checked={choice.cropMarks}
          onChange={(e) => set({ cropMarks: e.target.checked })}
        />
        {t('export.marks')}
      </label>
      <label>
        <input
          type="checkbox"
          checked={choice.perPage}
          onChange={(e) => set({ perPage: e.target.checked })}
        />
        {t('export.perPage')}
      </label>
      <label>
        {t('export.colour')}
        <select
          value={choice.colour}
          onChange={(e) => set({ colour: e.target.value as ExportChoice['colour'] })}
        >
          <option value="">{t('export.colourPaper')}</option>
          {PHOTO_COLOURS.map((colour) => (
            <option key={colour} value={colour}>
              {t(`settings.options.${colour}`)}
            </option>
          ))}
        </select>
      </label>
    </fieldset>
  );
}
