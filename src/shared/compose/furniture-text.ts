// The words of the masthead, folio and jump lines in zh or en. Computed, never typed:
// weekday, lunar date, issue number and page numbers come from the calendar module.

import {
  formatDateEn,
  formatDateZh,
  formatIssueNumberEn,
  formatIssueNumberZh,
  lunarDateZh,
  pageCountEn,
  pageCountZh,
  pageNameEn,
  pageNameZh,
} from '../calendar';
import { lunarDateEn } from './lunar-en';
import type { Language, PageInfo, PaperFurniture } from './types';

export interface MastheadText {
  name: string;
  organ: string;
  date: string;
  lunar: string;
  publisher: string;
  issue: string;
  pageCount: string;
  /** Price or edition line (empty for none). */
  edition: string;
  serial: string;
}

/** The publisher line a new paper starts with (settings default), Chinese by nature. */
const DEFAULT_PUBLISHER_ZH = '城市日报社出版';

/** "Vol. 12, No. 3,402" (or "No. 3,402" without a volume): numbers grouped as English sets them. */
function issueEn(paper: PaperFurniture): string {
  const number = formatIssueNumberEn(paper.issueNumber).replace(/\d+/, (d) =>
    Number(d).toLocaleString('en-US'),
  );
  const volume = paper.volume?.trim();
  return volume ? `Vol. ${volume}, ${number}` : number;
}

export function mastheadText(paper: PaperFurniture): MastheadText {
  const en = paper.language === 'en';
  const date = paper.issueDate;
  const lunar = paper.lunar ?? !en;
  const publisher =
    en && paper.publisher === DEFAULT_PUBLISHER_ZH ? `Published by ${paper.name}` : paper.publisher;
  return {
    name: paper.name,
    organ: paper.organ,
    date: en ? formatDateEn(date, { weekday: true }) : formatDateZh(date, { weekday: true }),
    lunar: lunar ? (en ? lunarDateEn(date) : lunarDateZh(date)) : '',
    publisher,
    issue: en ? issueEn(paper) : formatIssueNumberZh(paper.issueNumber),
    // An English masthead says "4 pages", not the Chinese 今日四版's "today".
    pageCount: en
      ? pageCountEn(paper.pageCount).replace(/ today$/, '')
      : pageCountZh(paper.pageCount),
    edition: paper.edition?.trim() ?? '',
    serial: paper.serial,
  };
}

export interface FolioText {
  name: string;
  date: string;
  page: string;
  pageName: string;
  /** 责任编辑：X　美编：Y　校对：Z (the empty roles left out). */
  editors: string;
}

export function folioText(paper: PaperFurniture, page: PageInfo): FolioText {
  const en = paper.language === 'en';
  const roles: [string, string, string][] = [
    ['责任编辑', 'Editor', page.editor],
    ['美编', 'Designer', page.designer],
    ['校对', 'Proofreader', page.proofreader],
  ];
  const editors = roles
    .filter(([, , who]) => who.trim() !== '')
    .map(([zh, english, who]) => (en ? `${english}: ${who}` : `${zh}：${who}`))
    .join(en ? '  ' : '\u3000');
  return {
    name: paper.name,
    date: en
      ? formatDateEn(paper.issueDate, { weekday: true })
      : formatDateZh(paper.issueDate, { weekday: true }),
    page: en ? pageNameEn(page.number) : pageNameZh(page.number),
    pageName: page.name,
    editors,
  };
}

/** (下转第三版) / (Continued on page 3). */
export function jumpToText(page: number, language: Language): string {
  return language === 'en' ? `(Continued on page ${page})` : `（下转${pageNameZh(page)}）`;
}

/** (上接第一版) / (Continued from page 1). */
export function jumpFromText(page: number, language: Language): string {
  return language === 'en' ? `(Continued from page ${page})` : `（上接${pageNameZh(page)}）`;
}
