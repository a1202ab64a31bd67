import { chineseNumeral } from './chineseNumeral';

// Pure naming rules for lunar months and days, kept apart from the library so they can be
// tested directly and so newspaper conventions do not depend on the library's wording.

/**
 * Month name as newspapers print it. `month` follows lunar-typescript: 1..12, negative for
 * a leap month (-2 = 闰二月). The library says 冬/腊 for 11/12; papers print 十一月/十二月,
 * but keep 正月 for month 1.
 */
export function lunarMonthZh(month: number): string {
  const abs = Math.abs(month);
  if (!Number.isInteger(month) || abs < 1 || abs > 12) {
    throw new RangeError(`Lunar month must be ±1–12, got ${month}`);
  }
  const name = abs === 1 ? '正' : chineseNumeral(abs);
  return `${month < 0 ? '闰' : ''}${name}月`;
}

/** Day name 初一…初十, 十一…二十, 廿一…廿九, 三十 (the form printed in mastheads). */
export function lunarDayZh(day: number): string {
  if (!Number.isInteger(day) || day < 1 || day > 30) {
    throw new RangeError(`Lunar day must be 1–30, got ${day}`);
  }
  if (day <= 10) return `初${chineseNumeral(day)}`;
  if (day <= 20 || day === 30) return chineseNumeral(day);
  return `廿${chineseNumeral(day - 20)}`;
}
