const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'] as const;
const UNITS = ['', '十', '百', '千'] as const;

/**
 * Chinese reading form of 0..9999: 十, 十二, 二十, 一百一十, 一百零五, 一千零一.
 * Uses 二 (not 两) throughout, the written form used for page and ordinal numbers.
 */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 0 || n > 9999) {
    throw new RangeError(`chineseNumeral supports integers 0–9999, got ${n}`);
  }
  if (n === 0) return DIGITS[0];
  const digits = String(n).split('').map(Number);
  let out = '';
  let pendingZero = false;
  digits.forEach((digit, i) => {
    const unit = UNITS[digits.length - 1 - i] ?? '';
    if (digit === 0) {
      // A run of inner zeros reads as one 零, and only if a non-zero digit follows.
      pendingZero = out !== '';
      return;
    }
    if (pendingZero) out += DIGITS[0];
    pendingZero = false;
    // 10–19 read 十, 十一 … (not 一十); inside larger numbers the 一 stays: 一百一十.
    const leadingTen = out === '' && unit === '十' && digit === 1;
    out += (leadingTen ? '' : DIGITS[digit]) + unit;
  });
  return out;
}
