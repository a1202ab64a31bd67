import { z } from 'zod';
import type { Language } from './settings';
import { Priority, StoryStatus } from './story';

/**
 * Trim sizes of the two Chinese newspaper formats, in mm, portrait (width × height).
 *
 * No national standard for newspaper trim was found (GB/T 147-2020 covers untrimmed paper,
 * GB/T 788 book formats); these are the common industry figures, derived from the paper:
 * - newsprint comes in 781/787 mm rolls (and 1562/1575 mm double rolls) and 787 × 1092 mm
 *   sheets (http://www.zgsnsb.com/flxx/bzchuiwandei8-5483944.html);
 * - a 对开 paper prints one page pair on a 781 × 546 mm leaf, so a page is 390 × 546 mm
 *   (https://www.yunzhan365.com/blog/12132.html; the 正度 4开 size 389 × 546 mm in
 *   https://m.tutulvyou.com/shenghuo/153631.html and https://yebaike.com/21/202203/3443268.html);
 * - a 四开 paper (参考消息, evening papers) is half of that: 273 × 390 mm (正度 8开 389 × 273).
 * Margins and columns are house defaults (8 columns broadsheet, 6 tabloid; a 版心 of about
 * 350 × 496 mm on a broadsheet, like the big dailies), not part of any standard.
 */
export const PAGE_SIZE_PRESETS = {
  broadsheet: { zh: '对开', widthMm: 390, heightMm: 546, columns: 8, margins: '25 20' },
  tabloid: { zh: '四开', widthMm: 273, heightMm: 390, columns: 6, margins: '18 15' },
} as const satisfies Record<PageSizePreset, PresetFigures>;

interface PresetFigures {
  zh: string;
  widthMm: number;
  heightMm: number;
  columns: number;
  margins: string;
}

/** The page sizes: 对开, 四开, or the paper's own. */
export const PAPER_SIZES = ['broadsheet', 'tabloid', 'custom'] as const;
export type PaperSizeName = (typeof PAPER_SIZES)[number];

/** The named sizes (all but custom): what a built-in template or `--paper` may name. */
export type PageSizePreset = Exclude<PaperSizeName, 'custom'>;
export const PAGE_SIZE_PRESET_NAMES: readonly PageSizePreset[] =
  PAPER_SIZES.filter(isPageSizePreset);

export function isPageSizePreset(value: unknown): value is PageSizePreset {
  return value !== 'custom' && PAPER_SIZES.some((size) => size === value);
}

/** 版名 of a new issue's pages 1–4 (NEWSROOM.md); later pages start blank. */
export const DEFAULT_PAGE_NAMES = ['要闻', '综合', '专题', '副刊'] as const;
/** The same for a paper in English: its folios print them beside "Page 2". */
export const DEFAULT_PAGE_NAMES_EN = ['Front Page', 'News', 'Features', 'Arts & Life'] as const;
export const DEFAULT_PAGE_COUNT = 4;
export const MAX_PAGES = 64; // the issues.page_count CHECK

export function defaultPageName(page: number, language: Language = 'zh'): string {
  return (language === 'en' ? DEFAULT_PAGE_NAMES_EN : DEFAULT_PAGE_NAMES)[page - 1] ?? '';
}

/** The refusal for a date with no issue; the CLI appends how to create it. */
export function noIssueMessage(date: string): string {
  return `no issue for ${date}`;
}

export const PageNumber = z.number().int().min(1).max(MAX_PAGES);
export const PageCount = z.number().int().min(1, 'an issue has at least 1 page').max(MAX_PAGES);
export const IssueNumber = z.number().int().positive().max(999_999_999);

/** A name on a page (版名, 责任编辑, 版式, 校对): one line, may be blank. */
export const PageLine = z
  .string()
  .trim()
  .max(40, 'longer than 40 characters')
  .refine((s) => !/\p{Cc}/u.test(s), 'has control characters');

export const Page = z.object({
  number: PageNumber,
  name: z.string(),
  editor: z.string(),
  designer: z.string(),
  proofreader: z.string(),
});
export type Page = z.infer<typeof Page>;

/** A story on a page; with jumpTo it continues on that later page. */
export const Placement = z.object({
  storyId: z.number().int().positive(),
  headline: z.string(),
  status: StoryStatus,
  priority: Priority,
  page: PageNumber,
  jumpTo: PageNumber.nullable(),
});
export type Placement = z.infer<typeof Placement>;

export const IssueSummary = z.object({
  id: z.number().int().positive(),
  date: z.string(),
  number: IssueNumber,
  pageCount: PageCount,
  createdAt: z.string(),
});
export type IssueSummary = z.infer<typeof IssueSummary>;

/** What paperSize() works out from the settings (model/paper-size.ts). */
export const PaperSize = z.object({
  size: z.enum(PAPER_SIZES),
  widthMm: z.number(),
  heightMm: z.number(),
  widthPt: z.number(),
  heightPt: z.number(),
  margins: z.object({ top: z.number(), right: z.number(), bottom: z.number(), left: z.number() }),
  columns: z.number().int().positive(),
  gutterMm: z.number(),
  /** The type area (版心) and one column, in mm. */
  typeAreaMm: z.object({ width: z.number(), height: z.number() }),
  columnWidthMm: z.number(),
});
export type PaperSize = z.infer<typeof PaperSize>;

export const Issue = IssueSummary.extend({
  pages: z.array(Page),
  /** Page order, then lead, normal, brief, then the order they were placed in. */
  placements: z.array(Placement),
  /** The paper as the settings say now (a later layout may snapshot it per issue). */
  paper: PaperSize,
});
export type Issue = z.infer<typeof Issue>;
