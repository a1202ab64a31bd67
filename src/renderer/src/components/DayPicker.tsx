import { useTranslation } from 'react-i18next';
import { formatDay } from '../lib/dates';

/** The day a screen works on (稿库, 版面, 本期): a labelled date box. Clearing the box keeps
 * the day: a screen always has one. The browser paints a date box in its own locale
 * (12/04/2026), so the box shows only its calendar button and the day is written beside it
 * in the UI's language (2026年12月4日 周五). */
export function DayPicker(props: {
  id: string;
  label: string;
  date: string;
  onChange: (date: string) => void;
}) {
  const { i18n } = useTranslation();
  return (
    <div className="field-inline">
      <label htmlFor={props.id}>{props.label}</label>
      <output htmlFor={props.id} className="day-shown" data-testid={`${props.id}-shown`}>
        {formatDay(props.date, i18n.language)}
      </output>
      <input
        id={props.id}
        className="day-input"
        type="date"
        value={props.date}
        required
        onChange={(event) => event.target.value && props.onChange(event.target.value)}
      />
    </div>
  );
}
