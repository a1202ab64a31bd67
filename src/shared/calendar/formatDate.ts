import { type DateInput, toCalendarDate } from './calendarDate';
import { weekdayEn, weekdayZh } from './weekday';

export interface FormatDateOptions {
  /** Append (zh) or prefix (en) the weekday, as the masthead does. */
  weekday?: boolean;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** `2022年11月28日`, or `2022年11月28日 星期一` with weekday. Arabic digits, no padding. */
export function formatDateZh(input: DateInput, options: FormatDateOptions = {}): string {
  const date = toCalendarDate(input);
  const text = `${date.year}年${date.month}月${date.day}日`;
  return options.weekday ? `${text} ${weekdayZh(date)}` : text;
}

/** `November 28, 2022`, or `Monday, November 28, 2022` with weekday. */
export function formatDateEn(input: DateInput, options: FormatDateOptions = {}): string {
  const date = toCalendarDate(input);
  const text = `${MONTHS_EN[date.month - 1]} ${date.day}, ${date.year}`;
  return options.weekday ? `${weekdayEn(date)}, ${text}` : text;
}
