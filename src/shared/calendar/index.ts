// Calendar and numbering for mastheads, folios and jump lines. Pure: no DOM, no Node.
export {
  type CalendarDate,
  calendarDate,
  type DateInput,
  dateProblem,
  daysInMonth,
  formatIsoDate,
  isLeapYear,
  isValidDate,
  parseIsoDate,
  toCalendarDate,
  tryParseIsoDate,
} from './calendarDate';
export { chineseNumeral } from './chineseNumeral';
export { type FormatDateOptions, formatDateEn, formatDateZh } from './formatDate';
export { formatIssueNumberEn, formatIssueNumberZh, nextIssueNumber } from './issueNumber';
export { type LunarDate, lunarDate, lunarDateZh } from './lunar';
export { lunarDayZh, lunarMonthZh } from './lunarNames';
export { pageCountEn, pageCountZh, pageNameEn, pageNameZh } from './pages';
export { weekdayEn, weekdayIndex, weekdayZh } from './weekday';
