import { type DateInput, toCalendarDate } from './calendarDate';

// Index 0 = Sunday, matching Sakamoto's algorithm below.
const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'] as const;
const WEEKDAYS_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

// Month offsets for Sakamoto's day-of-week algorithm (proleptic Gregorian).
const MONTH_OFFSET = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4] as const;

/** Day of week, 0 = Sunday … 6 = Saturday, from integers only (no Date, no time zone). */
export function weekdayIndex(input: DateInput): number {
  const { year, month, day } = toCalendarDate(input);
  const y = month < 3 ? year - 1 : year;
  const offset = MONTH_OFFSET[month - 1] ?? 0;
  return (y + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + offset + day) % 7;
}

/** 星期一 … 星期日 (papers print 星期日, not the colloquial 星期天). */
export function weekdayZh(input: DateInput): string {
  return WEEKDAYS_ZH[weekdayIndex(input)] as string;
}

export function weekdayEn(input: DateInput): string {
  return WEEKDAYS_EN[weekdayIndex(input)] as string;
}
