// The lunar date in English for an English-language masthead: the ganzhi year in pinyin
// and the month and day as ordinals (the calendar module has the Chinese form only).

import { lunarDate } from '../calendar';

const STEMS: Record<string, string> = {
  甲: 'Jia',
  乙: 'Yi',
  丙: 'Bing',
  丁: 'Ding',
  戊: 'Wu',
  己: 'Ji',
  庚: 'Geng',
  辛: 'Xin',
  壬: 'Ren',
  癸: 'Gui',
};
const BRANCHES: Record<string, string> = {
  子: 'zi',
  丑: 'chou',
  寅: 'yin',
  卯: 'mao',
  辰: 'chen',
  巳: 'si',
  午: 'wu',
  未: 'wei',
  申: 'shen',
  酉: 'you',
  戌: 'xu',
  亥: 'hai',
};

function ordinal(n: number): string {
  const tens = n % 100;
  if (tens >= 11 && tens <= 13) return `${n}th`;
  const suffix = ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** `Lunar calendar: 5th day of the 11th month, Renyin year`. */
export function lunarDateEn(isoDate: string): string {
  const lunar = lunarDate(isoDate);
  const [stem = '', branch = ''] = [...lunar.yearGanZhi];
  const year = `${STEMS[stem] ?? stem}${BRANCHES[branch] ?? branch}`;
  const month = `${lunar.isLeapMonth ? 'leap ' : ''}${ordinal(Math.abs(lunar.month))} month`;
  return `Lunar calendar: ${ordinal(lunar.day)} day of the ${month}, ${year} year`;
}
