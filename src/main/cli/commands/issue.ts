import { chineseNumeral, pageCountZh, pageNameZh, tryParseIsoDate } from '../../../shared/calendar';
import type { Result } from '../../../shared/contract';
import { noIssueMessage, PAGE_SIZE_PRESETS, type Page } from '../../../shared/model/issue';
import { Refusal, UsageError } from '../cli-error';
import { defineCommand, type FlagsOf } from '../command';
import type { CliContext } from '../context';
import { signoffByPage } from './page-signoff';

/** A DATE word: a real YYYY-MM-DD calendar date, else a usage error (exit 2). */
export function dateWord(word: string | undefined, usage: string): string {
  if (word === undefined) throw new UsageError(`usage: newsdesk ${usage}`);
  const parsed = tryParseIsoDate(word);
  if (!parsed.ok) {
    throw new UsageError(`DATE ${word}: ${parsed.error.replace(/^Invalid date "[^"]*": /, '')}`);
  }
  return word;
}

/** A whole number ≥ 1 given on the command line (an ID, a page, --number …). */
export function countWord(word: string | boolean | undefined, what: string): number {
  const n = typeof word === 'string' && /^\d+$/.test(word) ? Number(word) : Number.NaN;
  if (!Number.isSafeInteger(n) || n < 1) {
    throw new UsageError(`${what} must be a positive whole number (got ${String(word)})`);
  }
  return n;
}

/** Adds how to create the issue when a date has none. */
export async function withIssueHint<T>(date: string, call: Promise<T>): Promise<T> {
  try {
    return await call;
  } catch (error) {
    if (error instanceof Refusal && error.message === noIssueMessage(date)) {
      throw new Refusal(`${error.message}; create it with: newsdesk issue create ${date}`);
    }
    throw error;
  }
}

const dash = (text: string) => text || '-';

/** 第一版  要闻  责任编辑 张编辑  版式 -  校对 - */
export function pageLine(page: Page): string {
  return [
    pageNameZh(page.number),
    dash(page.name),
    `责任编辑 ${dash(page.editor)}`,
    `版式 ${dash(page.designer)}`,
    `校对 ${dash(page.proofreader)}`,
  ].join('\t');
}

const CREATE = 'issue create DATE [--number N] [--pages N]';
const SHOW = 'issue show DATE';

const OPTIONS = { number: { type: 'string' }, pages: { type: 'string' } } as const;

export const issueCommand = defineCommand({
  usage: `${CREATE} | ${SHOW}`,
  summary: "a day's issue: its number, pages and what sits on them",
  options: OPTIONS,
  verbs: { create: ['number', 'pages'], show: [] },
  async run(ctx, words, flags) {
    const [verb, date, ...extra] = words;
    if (verb === 'create' && extra.length === 0) return create(ctx, dateWord(date, CREATE), flags);
    if (verb === 'show' && extra.length === 0) return show(ctx, dateWord(date, SHOW));
    throw new UsageError(`usage: newsdesk ${CREATE} | ${SHOW}`);
  },
});

async function create(
  ctx: CliContext,
  date: string,
  flags: FlagsOf<typeof OPTIONS>,
): Promise<void> {
  const args: { date: string; number?: number; pages?: number } = { date };
  if (flags.number !== undefined) args.number = countWord(flags.number, '--number');
  if (flags.pages !== undefined) args.pages = countWord(flags.pages, '--pages');
  const issue = await ctx.call('issue.create', args);
  ctx.print(issue, () => [headLine(issue)]);
}

async function show(ctx: CliContext, date: string): Promise<void> {
  const issue = await withIssueHint(date, ctx.call('issue.get', { date }));
  const signoff = await ctx.call('page.signoff', { date });
  ctx.print({ ...issue, signoff }, () => issueLines(issue, signoffByPage(signoff)));
}

function headLine(issue: Result<'issue.get'>): string {
  return [issue.date, `第${issue.number}期`, pageCountZh(issue.pageCount)].join('\t');
}

/** The head line and paper, then per page its furniture, its sign-off (page-signoff.ts) and
 * its stories (copyfit comes with layout: `-` for now). */
export function issueLines(
  issue: Result<'issue.get'>,
  signoff: Map<number, string[]> = new Map(),
): string[] {
  const { paper } = issue;
  const size = paper.size === 'custom' ? '' : `${PAGE_SIZE_PRESETS[paper.size].zh} `;
  const lines = [
    `${headLine(issue)}\t${size}${paper.widthMm}×${paper.heightMm} mm\t${paper.columns}栏`,
  ];
  for (const page of issue.pages) {
    lines.push(pageLine(page), ...(signoff.get(page.number) ?? []));
    const on = issue.placements.filter((p) => p.page === page.number);
    if (on.length === 0) lines.push('  (empty)');
    for (const p of on) {
      const jump = p.jumpTo === null ? '-' : `下转第${chineseNumeral(p.jumpTo)}版`;
      lines.push(`  ${[p.storyId, p.priority, p.status, p.headline, jump, '-'].join('\t')}`);
    }
  }
  return lines;
}
