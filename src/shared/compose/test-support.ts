// Fixtures for compose and render tests: a paper, page geometries and generated stories.

import type { Story } from '../typeset';
import { DEFAULT_SETTINGS } from '../typeset';
import { geometryFromPaper } from './geometry';
import type { ComposePageInput, PageGeometry, PageInfo, PaperFurniture } from './types';

export const PAPER: PaperFurniture = {
  name: '城市日报',
  organ: '中共某某市委机关报',
  publisher: '城市日报社出版',
  serial: '国内统一连续出版物号：CN14—0031',
  language: 'zh',
  issueDate: '2022-11-28',
  issueNumber: 8607,
  pageCount: 4,
};

/** 对开 broadsheet, 8 columns, 9 pt body on a 14 pt grid. */
export const BROADSHEET: PageGeometry = geometryFromPaper(
  {
    widthMm: 390,
    heightMm: 546,
    margins: { top: 25, right: 20, bottom: 25, left: 20 },
    columns: 8,
    gutterMm: 4,
  },
  14,
);

export const TABLOID: PageGeometry = geometryFromPaper(
  {
    widthMm: 273,
    heightMm: 390,
    margins: { top: 18, right: 15, bottom: 18, left: 15 },
    columns: 6,
    gutterMm: 4,
  },
  14,
);

export const SETTINGS = { ...DEFAULT_SETTINGS, leading: 14 };

export function pageInfo(number: number, name = ''): PageInfo {
  return { number, name, editor: '张三', designer: '李四', proofreader: '王五' };
}

const POOL =
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原';

/** Deterministic body text: `chars` characters in paragraphs of 80–260. */
export function paragraphs(chars: number, seed = 1): string[] {
  let s = seed;
  const rand = () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
  const out: string[] = [];
  let total = 0;
  while (total < chars) {
    const len = Math.min(chars - total, 80 + Math.floor(rand() * 180));
    let p = '';
    while (p.length < len - 1) {
      const r = rand();
      p +=
        r < 0.08
          ? '，'
          : r < 0.1
            ? '、'
            : r < 0.12
              ? '2022年'
              : POOL[Math.floor(rand() * POOL.length)];
    }
    p = `${p.slice(0, Math.max(1, len - 1))}。`;
    out.push(p);
    total += p.length;
  }
  return out;
}

export function story(headline: string, chars: number, seed = 1): Story {
  return {
    headline: { kicker: '引题', headline, byline: '记者 某某' },
    blocks: paragraphs(chars, seed).map((text) => ({
      kind: 'paragraph',
      style: 'body',
      runs: [{ text }],
    })),
  };
}

export function pageInput(
  number: number,
  stories: ComposePageInput['stories'],
  geometry = BROADSHEET,
): ComposePageInput {
  return { geometry, paper: PAPER, page: pageInfo(number), stories, settings: SETTINGS };
}
