import { chineseNumeral } from './chineseNumeral';

// Page numbers are positive and must fit chineseNumeral's range.
function checkPage(n: number, what: string): void {
  if (!Number.isInteger(n) || n < 1 || n > 9999) {
    throw new RangeError(`${what} must be an integer 1–9999, got ${n}`);
  }
}

/** 第三版, 第十二版: the form used in folios and jump lines. */
export function pageNameZh(n: number): string {
  checkPage(n, 'Page number');
  return `第${chineseNumeral(n)}版`;
}

/** 今日四版: the page count in words on the masthead. */
export function pageCountZh(n: number): string {
  checkPage(n, 'Page count');
  return `今日${chineseNumeral(n)}版`;
}

export function pageNameEn(n: number): string {
  checkPage(n, 'Page number');
  return `Page ${n}`;
}

export function pageCountEn(n: number): string {
  checkPage(n, 'Page count');
  return `${n} ${n === 1 ? 'page' : 'pages'} today`;
}
