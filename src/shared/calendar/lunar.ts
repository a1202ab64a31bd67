import { Solar } from 'lunar-typescript';
import { type DateInput, toCalendarDate } from './calendarDate';
import { lunarDayZh, lunarMonthZh } from './lunarNames';

export interface LunarDate {
  /** Ganzhi of the lunar year, which turns at 正月初一 (not at 立春): 壬寅. */
  readonly yearGanZhi: string;
  /** 1..12; negative for a leap month, as lunar-typescript reports it. */
  readonly month: number;
  readonly isLeapMonth: boolean;
  readonly day: number;
}

/** Lunar date of a Gregorian date; the library does the astronomy, we only read numbers. */
export function lunarDate(input: DateInput): LunarDate {
  const { year, month, day } = toCalendarDate(input);
  const lunar = Solar.fromYmd(year, month, day).getLunar();
  const lunarMonth = lunar.getMonth();
  return {
    yearGanZhi: lunar.getYearInGanZhi(),
    month: lunarMonth,
    isLeapMonth: lunarMonth < 0,
    day: lunar.getDay(),
  };
}

/** Masthead form: 农历壬寅年十一月初五, 农历癸卯年闰二月初一. */
export function lunarDateZh(input: DateInput): string {
  const lunar = lunarDate(input);
  return `农历${lunar.yearGanZhi}年${lunarMonthZh(lunar.month)}${lunarDayZh(lunar.day)}`;
}
