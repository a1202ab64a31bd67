// A calendar date as plain integers. Newspaper dates are civil dates, not instants:
// keeping y/m/d avoids any dependence on the machine's time zone.
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Anything the calendar functions accept: a parsed date or an ISO `YYYY-MM-DD` string. */
export type DateInput = CalendarDate | string;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export function daysInMonth(year: number, month: number): number {
  if (month === 2 && isLeapYear(year)) return 29;
  const days = MONTH_DAYS[month - 1];
  if (days === undefined) throw new RangeError(`Month must be 1–12, got ${month}`);
  return days;
}

/** Returns why the date is not a real calendar date, or undefined when it is. */
export function dateProblem(year: number, month: number, day: number): string | undefined {
  if (!Number.isInteger(year) || year < 1 || year > 9999) {
    return `year must be an integer 1–9999, got ${year}`;
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    return `month must be an integer 1–12, got ${month}`;
  }
  if (!Number.isInteger(day) || day < 1) return `day must be a positive integer, got ${day}`;
  const max = daysInMonth(year, month);
  if (day > max) return `${year}-${pad2(month)} has only ${max} days, got day ${day}`;
  return undefined;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return dateProblem(year, month, day) === undefined;
}

/** Builds a checked CalendarDate; throws RangeError naming the problem. */
export function calendarDate(year: number, month: number, day: number): CalendarDate {
  const problem = dateProblem(year, month, day);
  if (problem) throw new RangeError(`Invalid date: ${problem}`);
  return { year, month, day };
}

/** Parses strict `YYYY-MM-DD` (no time, no zone); throws RangeError with a clear reason. */
export function parseIsoDate(text: string): CalendarDate {
  const match = ISO_DATE.exec(text);
  if (!match) throw new RangeError(`Invalid date "${text}": expected YYYY-MM-DD`);
  const [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  const problem = dateProblem(year, month, day);
  if (problem) throw new RangeError(`Invalid date "${text}": ${problem}`);
  return { year, month, day };
}

/** Non-throwing variant for form validation: the date, or the error message. */
export function tryParseIsoDate(
  text: string,
): { ok: true; date: CalendarDate } | { ok: false; error: string } {
  try {
    return { ok: true, date: parseIsoDate(text) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}

export function formatIsoDate(date: CalendarDate): string {
  return `${String(date.year).padStart(4, '0')}-${pad2(date.month)}-${pad2(date.day)}`;
}

/** Normalises input and re-validates objects too, since callers may build them by hand. */
export function toCalendarDate(input: DateInput): CalendarDate {
  if (typeof input === 'string') return parseIsoDate(input);
  return calendarDate(input.year, input.month, input.day);
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
