/** The day a screen works on (稿库, 版面, 本期): a labelled date box. Clearing the box keeps
 * the day: a screen always has one. */
export function DayPicker(props: {
  id: string;
  label: string;
  date: string;
  onChange: (date: string) => void;
}) {
  return (
    <div className="field-inline">
      <label htmlFor={props.id}>{props.label}</label>
      <input
        id={props.id}
        type="date"
        value={props.date}
        required
        onChange={(event) => event.target.value && props.onChange(event.target.value)}
      />
    </div>
  );
}
